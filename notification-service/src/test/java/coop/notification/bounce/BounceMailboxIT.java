package coop.notification.bounce;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import coop.notification.WithRealServers;
import coop.notification.mail.BounceSource;
import coop.notification.mail.Bounces;
import coop.notification.mail.MailKind;
import coop.notification.mail.Mailer;
import coop.notification.mail.OutgoingMail;
import coop.platform.test.ReceivedMail;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static coop.notification.bounce.DeliveryReports.newMessageId;
import static coop.notification.bounce.DeliveryReports.recipient;
import static coop.notification.bounce.DeliveryReports.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounce mailbox on the real GreenMail: every mail leaves with the bounce address as
 * envelope sender; delivery status notifications delivered to it by SMTP are read over
 * IMAP, their permanent failures recorded once as the SMTP refusals are, so that optional
 * mails then skip the address; messages that are no readable report are moved aside
 * without holding up the next ones. Each test reads the mailbox itself (the schedule
 * waits an hour here).
 */
class BounceMailboxIT extends WithRealServers {

	@Autowired
	BounceMailbox mailbox;

	@Autowired
	Bounces bounces;

	@Autowired
	Mailer mailer;

	@Test
	void aReportOfAPermanentFailureRecordsTheAddressOnceAndOptionalMailsThenSkipIt() throws Exception {
		String address = uniqueAddress("parti");
		UUID confirmation = UUID.randomUUID();
		this.mailer.send(confirmation, mail(MailKind.REGISTRATION_CONFIRMED, address));
		ReceivedMail sent = exactly(1, address).get(0);
		assertThat(sent.header("Return-Path")).isEqualTo("<" + bounceAddress + ">");

		// the receiving server accepted it, then could not deliver it
		String id = newMessageId();
		deliver(DeliveryReports.failed(id, bounceAddress, address));
		BounceMailbox.Reading reading = this.mailbox.read();
		assertThat(reading.recorded()).isEqualTo(1);
		assertThat(reading.failures()).isEqualTo(1);
		assertThat(this.bounces.list()).filteredOn((b) -> b.address().equals(address))
			.singleElement()
			.satisfies((b) -> {
				assertThat(b.reply()).startsWith("550 5.1.1").contains("User unknown");
				assertThat(b.source()).isEqualTo(BounceSource.DELIVERY_REPORT);
				assertThat(b.failures()).isEqualTo(1);
			});
		assertThat(mail.inbox(bounceAddress)).as("the report left the mailbox").isEmpty();

		// the same report again (a second reading of it): recorded once
		deliver(DeliveryReports.failed(id, bounceAddress, address));
		reading = this.mailbox.read();
		assertThat(reading.duplicates()).isEqualTo(1);
		assertThat(reading.recorded()).isZero();
		assertThat(this.mailbox.read().any()).isFalse();
		assertThat(this.bounces.list()).filteredOn((b) -> b.address().equals(address))
			.singleElement()
			.satisfies((b) -> assertThat(b.failures()).isEqualTo(1));

		// an optional mail now skips the address, an essential one is still tried
		UUID reminder = UUID.randomUUID();
		this.mailer.send(reminder, mail(MailKind.REMINDER, address));
		assertThat(outcomes(reminder)).containsExactly("SKIPPED");
		UUID change = UUID.randomUUID();
		this.mailer.send(change, mail(MailKind.EVENT_CHANGED, address));
		assertThat(outcomes(change)).containsExactly("SENT");
	}

	@Test
	void messagesThatAreNoReadableReportAreMovedAsideAndTheNextReportIsRead() throws Exception {
		String refused = uniqueAddress("refuse");
		String late = uniqueAddress("retarde");
		String stranger = uniqueAddress("inconnu");
		this.mailer.send(UUID.randomUUID(), mail(MailKind.REGISTRATION_CONFIRMED, refused));
		this.mailer.send(UUID.randomUUID(), mail(MailKind.REGISTRATION_CONFIRMED, late));
		int asideBefore = asideCount();

		deliver(DeliveryReports.withoutStatusPart(newMessageId(), bounceAddress));
		deliver(DeliveryReports.autoReply(newMessageId(), bounceAddress));
		// a delay and a temporary failure are no failure; a stranger this service never
		// wrote to (a forged bounce address) is not recorded
		deliver(report(newMessageId(), bounceAddress,
				recipient(late, "delayed", "4.4.1", "connect to mx.example.org: Connection timed out"),
				recipient(stranger, "failed", "5.1.1", "550 5.1.1 User unknown"),
				recipient(refused, "failed", "5.2.1", "550 5.2.1 Mailbox disabled")));
		mail.awaitInbox(bounceAddress, 3, Duration.ofSeconds(10));

		BounceMailbox.Reading reading = this.mailbox.read();
		assertThat(reading.aside()).isEqualTo(2);
		assertThat(reading.recorded()).isEqualTo(1);
		assertThat(reading.failures()).isEqualTo(1);
		assertThat(this.bounces.bounced(refused)).isTrue();
		assertThat(this.bounces.list()).filteredOn((b) -> b.address().equals(refused))
			.singleElement()
			.satisfies((b) -> assertThat(b.reply()).isEqualTo("550 5.2.1 Mailbox disabled"));
		assertThat(this.bounces.bounced(late)).isFalse();
		assertThat(this.bounces.bounced(stranger)).isFalse();
		assertThat(mail.inbox(bounceAddress)).isEmpty();
		assertThat(asideCount()).isEqualTo(asideBefore + 2);
		assertThat(this.mailbox.read().any()).as("nothing is read twice").isFalse();
	}

	private static OutgoingMail mail(MailKind kind, String to) {
		return new OutgoingMail(kind, to, "Essai", "Bonjour", "<p>Bonjour</p>", List.of());
	}

	private List<String> outcomes(UUID cause) {
		return this.jdbc.sql("select outcome from sent_mail where cause_id = ?")
			.param(cause)
			.query(String.class)
			.list();
	}

	/**
	 * Delivers a raw message to the bounce address by SMTP, as the reporting server
	 * would, and waits until the mailbox holds it.
	 */
	private static void deliver(String raw) throws MessagingException {
		int before = mail.inbox(bounceAddress).size();
		Session session = Session.getInstance(new Properties());
		MimeMessage message = new MimeMessage(session,
				new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
		// sent as it is (Transport.send would give it a new Message-ID)
		try (Transport transport = session.getTransport("smtp")) {
			transport.connect(mail.smtpHost(), mail.smtpPort(), null, null);
			transport.sendMessage(message, new Address[] { new InternetAddress(bounceAddress) });
		}
		assertThat(mail.awaitInbox(bounceAddress, before + 1, Duration.ofSeconds(10))).hasSize(before + 1);
	}

	/** How many messages the aside folder holds (0 before it exists). */
	private static int asideCount() throws MessagingException {
		Store store = Session.getInstance(new Properties()).getStore("imap");
		store.connect(mail.smtpHost(), mail.imapPort(), bounceAddress, bounceAddress);
		try {
			Folder aside = store.getFolder("Non-traites");
			return aside.exists() ? aside.getMessageCount() : 0;
		}
		finally {
			store.close();
		}
	}

}
