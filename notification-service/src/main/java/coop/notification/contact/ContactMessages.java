package coop.notification.contact;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The messages of the contact form (table {@code contact_message}). */
@Repository
class ContactMessages {

	private final JdbcClient jdbc;

	private final Clock clock;

	ContactMessages(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Stores the message with the version of the consent text the visitor agreed to
	 * ({@code null} when the form could not say).
	 */
	void save(ContactMessage message, Integer consentVersion) {
		this.jdbc.sql("""
				insert into contact_message (id, name, email, phone, topic, message, received_at, consent_version)
				values (:id, :name, :email, :phone, :topic, :message, :receivedAt, :consentVersion)
				""")
			.param("id", message.id())
			.param("name", message.name())
			.param("email", message.email())
			.param("phone", message.phone())
			.param("topic", message.topic().name())
			.param("message", message.message())
			.param("receivedAt", message.receivedAt().atOffset(ZoneOffset.UTC))
			.param("consentVersion", consentVersion, java.sql.Types.INTEGER)
			.update();
	}

	/**
	 * The next message to forward, locked until the end of the transaction; one that
	 * another replica holds is skipped, and one that failed waits behind the others.
	 */
	Optional<ContactMessage> lockNextPending() {
		return this.jdbc.sql("""
				select * from contact_message where sent_at is null
				order by attempts, received_at
				limit 1
				for update skip locked
				""")
			.query((rs, row) -> new ContactMessage(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("email"), rs.getString("phone"), ContactTopic.valueOf(rs.getString("topic")),
					rs.getString("message"), rs.getObject("received_at", OffsetDateTime.class).toInstant(),
					rs.getObject("forwarded_at") != null))
			.optional();
	}

	void markForwarded(UUID id) {
		this.jdbc.sql("update contact_message set forwarded_at = :now where id = :id")
			.param("now", OffsetDateTime.now(this.clock))
			.param("id", id)
			.update();
	}

	/** Acknowledged to its author: nothing left to send. */
	void markSent(UUID id) {
		this.jdbc.sql("update contact_message set sent_at = :now where id = :id")
			.param("now", OffsetDateTime.now(this.clock))
			.param("id", id)
			.update();
	}

	/** Whether an acknowledgment went to this address in the last 24 hours. */
	boolean acknowledgedWithinADay(String email) {
		return this.jdbc.sql(
				"select exists (select 1 from contact_message where lower(email) = lower(:email) and sent_at > :since)")
			.param("email", email)
			.param("since", OffsetDateTime.now(this.clock).minusHours(24))
			.query(Boolean.class)
			.single();
	}

	void countFailure(UUID id) {
		this.jdbc.sql("update contact_message set attempts = attempts + 1 where id = :id").param("id", id).update();
	}

	long pending() {
		return this.jdbc.sql("select count(*) from contact_message where sent_at is null").query(Long.class).single();
	}

}
