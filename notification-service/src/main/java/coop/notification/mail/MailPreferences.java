package coop.notification.mail;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which non-essential e-mails each address receives (tables {@code mail_recipient} and
 * {@code mail_opt_out}): every topic unless the person unsubscribed from it. Kept per
 * address, not per account, since visitors and the people prescribers refer get mails
 * too. Addresses are compared in lower case.
 */
@Service
public class MailPreferences {

	private final JdbcClient jdbc;

	private final Clock clock;

	MailPreferences(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	static String normalise(String address) {
		return address.strip().toLowerCase(Locale.ROOT);
	}

	/** The id of that address, given it the first time. */
	@Transactional
	public UUID recipientId(String address) {
		String normalised = normalise(address);
		this.jdbc.sql(
				"insert into mail_recipient (id, address, created_at) values (?, ?, ?) on conflict (address) do nothing")
			.params(UUID.randomUUID(), normalised, this.clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.update();
		return this.jdbc.sql("select id from mail_recipient where address = ?")
			.param(normalised)
			.query(UUID.class)
			.single();
	}

	/** The address behind an id, if it is still known. */
	public Optional<String> address(UUID recipientId) {
		return this.jdbc.sql("select address from mail_recipient where id = ?")
			.param(recipientId)
			.query(String.class)
			.optional();
	}

	public boolean receives(String address, MailTopic topic) {
		return this.jdbc.sql("""
				select count(*) from mail_opt_out o join mail_recipient r on r.id = o.recipient_id
				where r.address = ? and o.topic = ?""")
			.params(normalise(address), topic.name())
			.query(Long.class)
			.single() == 0;
	}

	/** The topics this person chose not to receive. */
	public Set<MailTopic> unsubscribed(UUID recipientId) {
		Set<MailTopic> topics = EnumSet.noneOf(MailTopic.class);
		this.jdbc.sql("select topic from mail_opt_out where recipient_id = ?")
			.param(recipientId)
			.query(String.class)
			.list()
			.forEach((topic) -> topics.add(MailTopic.valueOf(topic)));
		return topics;
	}

	/** Stops that topic; doing it again changes nothing. */
	@Transactional
	public void unsubscribe(UUID recipientId, MailTopic topic) {
		this.jdbc.sql("""
				insert into mail_opt_out (recipient_id, topic, opted_out_at) values (?, ?, ?)
				on conflict do nothing""")
			.params(recipientId, topic.name(), this.clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.update();
	}

	/** Sets what the person receives: the topics given, and none of the others. */
	@Transactional
	public void receiveOnly(UUID recipientId, Set<MailTopic> received) {
		for (MailTopic topic : MailTopic.values()) {
			if (received.contains(topic)) {
				this.jdbc.sql("delete from mail_opt_out where recipient_id = ? and topic = ?")
					.params(recipientId, topic.name())
					.update();
			}
			else {
				unsubscribe(recipientId, topic);
			}
		}
	}

}
