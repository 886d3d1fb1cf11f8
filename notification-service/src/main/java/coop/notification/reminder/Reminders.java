package coop.notification.reminder;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The planned reminders (table {@code reminder}). Called inside the inbox transaction of
 * the message that plans, moves or withdraws them, with the time that message occurred:
 * the queues do not keep the order between each other, so an older message never
 * overrides what a newer one stored.
 */
@Repository
public class Reminders {

	private final JdbcClient jdbc;

	private final Clock clock;

	Reminders(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Plans the reminder, or moves it when it exists (after a change of time or place).
	 * Less than 24 hours before the start there is none: the e-mail being sent gives the
	 * time, and a reminder planned earlier for another time is withdrawn. A withdrawn
	 * reminder stays withdrawn.
	 * @param asOf when the message occurred
	 */
	public void schedule(Reminder reminder, Instant asOf) {
		Instant now = this.clock.instant();
		if (!reminder.sendAt().isAfter(now)) {
			this.jdbc.sql("""
					update reminder set withdrawn_at = :now
					where about_id = :aboutId and recipient = :recipient and sent_at is null and withdrawn_at is null
					    and as_of <= :asOf
					""")
				.param("now", utc(now))
				.param("aboutId", reminder.aboutId())
				.param("recipient", reminder.recipient())
				.param("asOf", utc(asOf))
				.update();
			return;
		}
		insert(reminder, asOf, null, """
				on conflict (about_id, recipient) do update set first_name = excluded.first_name,
				    title = excluded.title, starts_at = excluded.starts_at, ends_at = excluded.ends_at,
				    place = excluded.place, page_url = excluded.page_url, cancel_url = excluded.cancel_url,
				    send_at = excluded.send_at, sent_at = null, attempts = 0, as_of = excluded.as_of
				where reminder.withdrawn_at is null and reminder.as_of <= excluded.as_of
				""");
	}

	/**
	 * Withdraws the reminder for good (registration, event or appointment cancelled),
	 * leaving a marker even when it was not planned yet, in case the message that plans
	 * it arrives late.
	 */
	public void withdraw(Reminder reminder, Instant asOf) {
		insert(reminder, asOf, this.clock.instant(), """
				on conflict (about_id, recipient) do update
				set withdrawn_at = coalesce(reminder.withdrawn_at, excluded.withdrawn_at)
				""");
	}

	private void insert(Reminder reminder, Instant asOf, Instant withdrawnAt, String onConflict) {
		this.jdbc.sql("""
				insert into reminder (id, about_id, recipient, first_name, title, starts_at, ends_at, place, page_url,
				    cancel_url, send_at, withdrawn_at, as_of)
				values (:id, :aboutId, :recipient, :firstName, :title, :startsAt, :endsAt, :place, :pageUrl,
				    :cancelUrl, :sendAt, :withdrawnAt, :asOf)
				""" + onConflict)
			.param("id", UUID.randomUUID())
			.param("aboutId", reminder.aboutId())
			.param("recipient", reminder.recipient())
			.param("firstName", reminder.firstName())
			.param("title", reminder.title())
			.param("startsAt", reminder.startsAt())
			.param("endsAt", reminder.endsAt())
			.param("place", reminder.place(), Types.VARCHAR)
			.param("pageUrl", reminder.pageUrl(), Types.VARCHAR)
			.param("cancelUrl", reminder.cancelUrl(), Types.VARCHAR)
			.param("sendAt", utc(reminder.sendAt()))
			.param("withdrawnAt", (withdrawnAt != null) ? utc(withdrawnAt) : null, Types.TIMESTAMP_WITH_TIMEZONE)
			.param("asOf", utc(asOf))
			.update();
	}

	/**
	 * The next reminder due at {@code now} whose start is still ahead, locked until the
	 * transaction ends; rows another replica holds are skipped, not waited for. Those
	 * that failed least come first, so one address the SMTP server refuses holds up no
	 * other.
	 */
	Optional<DueReminder> lockNextDue(Instant now) {
		return this.jdbc.sql("""
				select * from reminder
				where sent_at is null and withdrawn_at is null and send_at <= :now and starts_at > :now
				order by attempts, send_at
				limit 1
				for update skip locked
				""")
			.param("now", utc(now))
			.query((rs, row) -> new DueReminder(rs.getObject("id", UUID.class),
					new Reminder(rs.getObject("about_id", UUID.class), rs.getString("recipient"),
							rs.getString("first_name"), rs.getString("title"),
							rs.getObject("starts_at", OffsetDateTime.class),
							rs.getObject("ends_at", OffsetDateTime.class), rs.getString("place"),
							rs.getString("page_url"), rs.getString("cancel_url"))))
			.optional();
	}

	void markSent(UUID id) {
		this.jdbc.sql("update reminder set sent_at = :now where id = :id")
			.param("now", utc(this.clock.instant()))
			.param("id", id)
			.update();
	}

	void countFailure(UUID id) {
		this.jdbc.sql("update reminder set attempts = attempts + 1 where id = :id").param("id", id).update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	record DueReminder(UUID id, Reminder reminder) {
	}

}
