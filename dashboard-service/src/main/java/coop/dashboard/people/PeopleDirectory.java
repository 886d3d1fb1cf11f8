package coop.dashboard.people;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import coop.platform.contracts.members.PersonChanged;
import coop.platform.contracts.members.PersonInvited;
import coop.platform.messaging.ConsumerQueue;
import coop.platform.messaging.Inbox;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.messaging.MessagingProperties;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
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

	public List<Entry> followedBy(String coach) {
		return this.jdbc
			.sql("select subject, role, name, antenna, coach from person where coach = ? and role = 'entrepreneur'"
					+ " order by name")
			.param(coach)
			.query(Entry.class)
			.list();
	}

	void record(String subject, String role, String name, String antenna, String coach, Timestamp changedAt) {
		this.jdbc
			.sql("insert into person (subject, role, name, antenna, coach, changed_at) values (?, ?, ?, ?, ?, ?)"
					+ " on conflict (subject) do update set role = excluded.role, name = excluded.name,"
					+ " antenna = excluded.antenna, coach = excluded.coach, changed_at = excluded.changed_at"
					+ " where person.changed_at < excluded.changed_at")
			.params(subject, role, name, antenna, coach, changedAt)
			.update();
	}

	@Bean
	static Declarables dashboardPeopleQueue(MessagingProperties properties) {
		return ConsumerQueue.declare(properties, QUEUE, "members.person.*");
	}

	@Component
	static class Listener {

		private final Inbox inbox;

		private final PeopleDirectory directory;

		Listener(Inbox inbox, PeopleDirectory directory) {
			this.inbox = inbox;
			this.directory = directory;
		}

		@RabbitListener(queues = QUEUE)
		void on(Message message) {
			MessageEnvelope envelope = MessageEnvelope.fromJson(message.getBody());
			Timestamp at = Timestamp.from(envelope.occurredAt());
			this.inbox.handleOnce(QUEUE, envelope, () -> {
				switch (envelope.type()) {
					case "members.person.invited" -> {
						PersonInvited p = envelope.payloadAs(PersonInvited.class);
						this.directory.record(p.subject(), p.role(), p.firstName() + " " + p.lastName(), p.antenna(),
								p.coach(), at);
					}
					case "members.person.changed" -> {
						PersonChanged p = envelope.payloadAs(PersonChanged.class);
						this.directory.record(p.subject(), p.role(), p.firstName() + " " + p.lastName(), p.antenna(),
								p.coach(), at);
					}
					default -> {
					}
				}
			});
		}

	}

}
