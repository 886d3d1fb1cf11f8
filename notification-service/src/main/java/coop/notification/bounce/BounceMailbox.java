package coop.notification.bounce;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import coop.notification.mail.Bounces;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the bounce mailbox over IMAP every {@code coop.mail.bounces.interval} (5 min; not
 * at all without {@code coop.mail.bounces.imap.host}). Mail servers that accepted a mail
 * and failed to deliver it later send a delivery status notification (RFC 3464) to the
 * envelope sender, the bounce address: each recipient it reports failed for good
 * ({@code Action: failed}, {@code Status: 5.x.x}) is recorded by {@link Bounces} as an
 * SMTP refusal is, then the report is deleted. A report read twice (two replicas, a crash
 * before the deletion) is recorded once. A recipient this service never mailed is left
 * out (a forged bounce address: backscatter). A message that is no report, or a report
 * that cannot be read, is moved to the aside folder for a person to look at, and the next
 * one is read; a failure of the mailbox or of the database ends the run, the next run
 * starts again from what is left.
 */
@Component
@EnableScheduling
class BounceMailbox {

	private static final Log logger = LogFactory.getLog(BounceMailbox.class);

	/** Reports come with at most a copy of our mail: larger messages are no report. */
	private static final int MAX_SIZE = 10 * 1024 * 1024;

	/** How long the keys of the reports read are kept. */
	private static final Duration KEYS_KEPT = Duration.ofDays(30);

	private final BounceMailboxProperties properties;

	private final Bounces bounces;

	private final MeterRegistry meters;

	private final Clock clock;

	BounceMailbox(BounceMailboxProperties properties, Bounces bounces, MeterRegistry meters, Clock clock) {
		this.properties = properties;
		this.bounces = bounces;
		this.meters = meters;
		this.clock = clock;
	}

	/**
	 * What one reading did.
	 *
	 * @param recorded reports whose failures were recorded (a report without a permanent
	 * failure, such as a delay, counts here too)
	 * @param failures the permanent failures recorded
	 * @param duplicates reports read before, deleted without recording them again
	 * @param aside messages moved aside
	 */
	record Reading(int recorded, int failures, int duplicates, int aside) {

		boolean any() {
			return this.recorded + this.duplicates + this.aside > 0;
		}

	}

	@Scheduled(fixedDelayString = "${coop.mail.bounces.interval:5m}",
			initialDelayString = "${coop.mail.bounces.interval:5m}")
	void run() {
		if (!this.properties.enabled()) {
			return;
		}
		try {
			Reading reading = read();
			if (reading.any()) {
				logger.info("Bounce mailbox: " + reading);
			}
		}
		catch (MessagingException ex) {
			logger.warn("The bounce mailbox cannot be read now (" + ex.getMessage() + "); next try in "
					+ this.properties.interval());
		}
	}

	/** Reads every message of the mailbox's folder once. */
	Reading read() throws MessagingException {
		BounceMailboxProperties.Imap imap = this.properties.imap();
		String protocol = imap.ssl() ? "imaps" : "imap";
		Properties settings = new Properties();
		settings.put("mail." + protocol + ".connectiontimeout", "10000");
		settings.put("mail." + protocol + ".timeout", "30000");
		if (!imap.ssl()) {
			settings.put("mail.imap.starttls.enable", "true");
		}
		Store store = Session.getInstance(settings).getStore(protocol);
		store.connect(imap.host(), imap.port(), this.properties.login(), imap.password());
		try {
			Folder inbox = store.getFolder(imap.folder());
			inbox.open(Folder.READ_WRITE);
			try {
				Reading reading = new Reading(0, 0, 0, 0);
				for (Message message : inbox.getMessages()) {
					reading = add(reading, readOne(store, inbox, message));
				}
				this.bounces.forgetReportsBefore(this.clock.instant().minus(KEYS_KEPT));
				return reading;
			}
			finally {
				// expunges what was deleted, even when the run stopped on a failure
				inbox.close(true);
			}
		}
		finally {
			store.close();
		}
	}

	private Reading readOne(Store store, Folder inbox, Message message) throws MessagingException {
		try {
			if (message.isSet(Flags.Flag.DELETED)) {
				return new Reading(0, 0, 0, 0);
			}
			if (message.getSize() > MAX_SIZE) {
				return aside(store, inbox, message, "larger than " + MAX_SIZE + " bytes");
			}
			Optional<DeliveryReport> report;
			try {
				report = DeliveryReport.read(raw(message));
			}
			catch (DeliveryReport.Malformed ex) {
				return aside(store, inbox, message, "unreadable delivery report: " + ex.getMessage());
			}
			if (report.isEmpty()) {
				return aside(store, inbox, message, "no delivery status notification");
			}
			var failures = report.get()
				.failures()
				.stream()
				.filter((failure) -> this.bounces.mailedTo(failure.address()))
				.toList();
			if (failures.size() < report.get().failures().size()) {
				logger.info("Bounce mailbox: " + (report.get().failures().size() - failures.size())
						+ " reported recipient(s) of " + messageId(message) + " never mailed from here, left out");
			}
			boolean recorded = this.bounces.recordReport(report.get().key(), failures);
			message.setFlag(Flags.Flag.DELETED, true);
			this.meters.counter("coop.mails.delivery-reports", "outcome", recorded ? "recorded" : "duplicate")
				.increment();
			return recorded ? new Reading(1, failures.size(), 0, 0) : new Reading(0, 0, 1, 0);
		}
		catch (MessageRemovedException ex) {
			// another replica took it meanwhile
			return new Reading(0, 0, 0, 0);
		}
	}

	private Reading aside(Store store, Folder inbox, Message message, String reason) throws MessagingException {
		Folder aside = store.getFolder(this.properties.imap().asideFolder());
		if (!aside.exists()) {
			aside.create(Folder.HOLDS_MESSAGES);
		}
		inbox.copyMessages(new Message[] { message }, aside);
		message.setFlag(Flags.Flag.DELETED, true);
		this.meters.counter("coop.mails.delivery-reports", "outcome", "aside").increment();
		logger.warn("Bounce mailbox: message " + messageId(message) + " moved to « "
				+ this.properties.imap().asideFolder() + " » (" + reason + ")");
		return new Reading(0, 0, 0, 1);
	}

	private static byte[] raw(Message message) throws MessagingException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			message.writeTo(out);
		}
		catch (IOException ex) {
			throw new MessagingException("Cannot read a message of the bounce mailbox", ex);
		}
		return out.toByteArray();
	}

	private static String messageId(Message message) {
		try {
			String[] ids = message.getHeader("Message-ID");
			return (ids != null && ids.length > 0) ? ids[0] : "#" + message.getMessageNumber();
		}
		catch (MessagingException ex) {
			return "#" + message.getMessageNumber();
		}
	}

	private static Reading add(Reading a, Reading b) {
		return new Reading(a.recorded() + b.recorded(), a.failures() + b.failures(), a.duplicates() + b.duplicates(),
				a.aside() + b.aside());
	}

}
