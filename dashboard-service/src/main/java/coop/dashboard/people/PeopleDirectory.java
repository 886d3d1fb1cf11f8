package coop.dashboard.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import coop.platform.contracts.members.MemberRole;
import coop.platform.contracts.members.PersonChanged;
import coop.platform.contracts.members.PersonInvited;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's copy of who is who. A message older than what is stored changes
 * nothing, so late or repeated deliveries never undo a later change.
 */
@Component
public class PeopleDirectory {

	static final String QUEUE = "dashboard.people";

	public record Entry(String subject, String role, String name, String antenna, String coach) {
	}

	private final JdbcClient jdbc;

	PeopleDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Entry> find(String subject) {
		return this.jdbc.sql("select subject, role, name, antenna, coach from person where subject = ?")
			.param(subject)
			.query(Entry.class)
			.optional();
	}

	public List<Entry> entrepreneurs() {
		return this.jdbc
			.sql("select subject, role, name, antenna, coach from person where role = 'entrepreneur' order by name")
			.query(Entry.class)
			.list();
	}

	public List<Entry> followedBy(String coach) {
		return this.jdbc
			.sql("select subject, role, name, antenna, coach from person where coach = ? and role = 'entrepreneur'"
					+ " order by name")
			.param(coach)
			.query(Entry.class)
			.list();
	}

	void record(String subject, String role, String name, String email, String antenna, String coach,
			Timestamp changedAt) {
		this.jdbc
			.sql("""
					insert into person (subject, role, name, email_hash, antenna, coach, changed_at) values (?, ?, ?, ?, ?, ?, ?)
					on conflict (subject) do update set role = excluded.role, name = excluded.name,
					    email_hash = excluded.email_hash, antenna = excluded.antenna, coach = excluded.coach,
					    changed_at = excluded.changed_at
					where person.changed_at < excluded.changed_at""")
			.params(subject, role, name, emailHash(email), antenna, coach, changedAt)
			.update();
	}

	/**
	 * What the dashboard keeps of an e-mail address: enough to recognise a person who
	 * registered to an information meeting once they have an account, nothing to write to
	 * them.
	 */
	public static String emailHash(String email) {
		if (email == null || email.isBlank()) {
			return null;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Bean
	static EventConsumer dashboardPeople(PeopleDirectory directory) {
		return EventConsumer.queue(QUEUE)
			.on(PersonInvited.class,
					(p, received) -> directory.record(p.subject(), role(p.role()), p.firstName() + " " + p.lastName(),
							p.email(), p.antenna(), p.coach(), Timestamp.from(received.occurredAt())))
			.on(PersonChanged.class,
					(p, received) -> directory.record(p.subject(), role(p.role()), p.firstName() + " " + p.lastName(),
							p.email(), p.antenna(), p.coach(), Timestamp.from(received.occurredAt())));
	}

	/**
	 * A role newer than this service is kept as {@code other}: neither listed nor
	 * followed.
	 */
	private static String role(MemberRole role) {
		return (role != null) ? role.code() : "other";
	}

}
