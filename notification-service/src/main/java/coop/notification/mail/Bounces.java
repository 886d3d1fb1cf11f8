package coop.notification.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Addresses in permanent failure (table {@code mail_bounce}): the SMTP server answered a
 * 5xx to the recipient when a mail was sent, or a delivery status notification said later
 * that it failed for good ({@link #recordReport}). Both go through {@link #record}.
 * Non-essential mails skip them; essential ones (confirmations, cancellations) are still
 * tried. Staff see them and clear an address once it is corrected. Addresses are compared
 * in lower case.
 */
@Service
public class Bounces {

	private final JdbcClient jdbc;

	private final Clock clock;

	Bounces(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * An address in failure, for staff.
	 *
	 * @param reply the server's reply (code and text)
	 * @param failures how many mails failed
	 * @param source how the latest failure was learnt
	 */
	public record Bounce(UUID id, String address, String reply, Instant firstAt, Instant lastAt, int failures,
			BounceSource source) {
	}

	/**
	 * One recipient a delivery status notification reports as failed for good.
	 *
	 * @param reply the status and the remote server's words
	 */
	public record ReportedFailure(String address, String reply) {
	}

	public boolean bounced(String address) {
		return this.jdbc.sql("select count(*) from mail_bounce where address = ?")
			.param(MailPreferences.normalise(address))
			.query(Long.class)
			.single() > 0;
	}

	/** Records a permanent failure of that address (again: counted, dated). */
	@Transactional
	public void record(String address, String reply, BounceSource source) {
		Instant now = this.clock.instant();
		String text = (reply.length() > 300) ? reply.substring(0, 300) : reply;
		this.jdbc.sql("""
				insert into mail_bounce (id, address, reply, first_at, last_at, source) values (?, ?, ?, ?, ?, ?)
				on conflict (address) do update set reply = excluded.reply, last_at = excluded.last_at,
				  failures = mail_bounce.failures + 1, source = excluded.source""")
			.params(UUID.randomUUID(), MailPreferences.normalise(address), text, now.atOffset(ZoneOffset.UTC),
					now.atOffset(ZoneOffset.UTC), source.name())
			.update();
	}

	/**
	 * Records the permanent failures a delivery status notification reports, once per
	 * report: a report read again (by another replica, or after a crash before it left
	 * the mailbox) changes nothing.
	 * @param reportKey what identifies the report (a digest of its Message-ID)
	 * @return whether the report was new
	 */
	@Transactional
	public boolean recordReport(String reportKey, List<ReportedFailure> failures) {
		int added = this.jdbc
			.sql("insert into mail_bounce_report (report_key, read_at) values (?, ?) on conflict do nothing")
			.params(reportKey, this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		if (added == 0) {
			return false;
		}
		failures.forEach((failure) -> record(failure.address(), failure.reply(), BounceSource.DELIVERY_REPORT));
		return true;
	}

	/**
	 * Forgets the keys of reports read before {@code before}: by then each report has
	 * left the mailbox.
	 */
	@Transactional
	public int forgetReportsBefore(Instant before) {
		return this.jdbc.sql("delete from mail_bounce_report where read_at < ?")
			.param(before.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Whether this service ever logged a mail to that address (any letter case): a report
	 * about another address is no failure of ours (a forged bounce address, backscatter)
	 * and is not recorded.
	 */
	public boolean mailedTo(String address) {
		return this.jdbc.sql("select exists (select 1 from sent_mail where lower(recipient) = ?)")
			.param(MailPreferences.normalise(address))
			.query(Boolean.class)
			.single();
	}

	/** Every address in failure, the latest first. */
	public List<Bounce> list() {
		return this.jdbc
			.sql("select id, address, reply, first_at, last_at, failures, source from mail_bounce"
					+ " order by last_at desc, address")
			.query((rs, n) -> new Bounce(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, java.time.OffsetDateTime.class).toInstant(),
					rs.getObject(5, java.time.OffsetDateTime.class).toInstant(), rs.getInt(6),
					BounceSource.valueOf(rs.getString(7))))
			.list();
	}

	/** Staff cleared the address: it gets every mail again. */
	@Transactional
	public boolean clear(UUID id) {
		return this.jdbc.sql("delete from mail_bounce where id = ?").param(id).update() > 0;
	}

	/**
	 * The server's reply when a sending failed because the recipient was refused for good
	 * (an SMTP 5xx to {@code RCPT TO}); empty for any other failure (a server away, a
	 * 4xx: tried again later).
	 */
	static Optional<String> permanentRefusal(RuntimeException failure) {
		if (!(failure instanceof MailSendException send)) {
			return Optional.empty();
		}
		for (Exception cause : send.getMessageExceptions()) {
			Exception current = cause;
			while (current != null) {
				if (current instanceof SMTPAddressFailedException refused && refused.getReturnCode() >= 500
						&& refused.getReturnCode() < 600) {
					return Optional.of(refused.getMessage().strip());
				}
				current = (current instanceof MessagingException messaging) ? messaging.getNextException() : null;
			}
		}
		return Optional.empty();
	}

}
