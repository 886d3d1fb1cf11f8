package coop.events.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code calendar_link}: the secret of each person's calendar feed, one per person.
 */
@Repository
class CalendarLinks {

	private final JdbcClient jdbc;

	CalendarLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> secretOf(String subject) {
		return this.jdbc.sql("select secret from calendar_link where subject = ?")
			.param(subject)
			.query(String.class)
			.optional();
	}

	Optional<String> subjectOf(String secret) {
		return this.jdbc.sql("select subject from calendar_link where secret = ?")
			.param(secret)
			.query(String.class)
			.optional();
	}

	/** Gives the person this secret, ending the one they had. */
	void save(String subject, String secret, Instant createdAt) {
		this.jdbc
			.sql("insert into calendar_link (subject, secret, created_at) values (?, ?, ?)"
					+ " on conflict (subject) do update set secret = excluded.secret, created_at = excluded.created_at")
			.params(subject, secret, Timestamp.from(createdAt))
			.update();
	}

}
