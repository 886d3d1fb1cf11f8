package coop.dashboard.cooperative;

import java.sql.Date;
import java.time.ZoneId;

import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.contracts.events.RegistrationWaitlisted;
import coop.platform.messaging.ConsumerQueue;
import coop.platform.messaging.Inbox;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.messaging.MessagingProperties;
import coop.platform.contracts.events.AgendaEventSnapshot;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts registrations per month and kind of event, without keeping who registered. The
 * count and the inbox marker commit together, so a redelivered message is never counted
 * twice.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationCounting {

	static final String QUEUE = "dashboard.registrations";

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Bean
	Declarables dashboardRegistrationQueue(MessagingProperties properties) {
		return ConsumerQueue.declare(properties, QUEUE, "events.registration.confirmed",
				"events.registration.waitlisted");
	}

	@Bean
	Listener registrationCounter(Inbox inbox, JdbcClient jdbc) {
		return new Listener(inbox, jdbc);
	}

	static class Listener {

		private final Inbox inbox;

		private final JdbcClient jdbc;

		Listener(Inbox inbox, JdbcClient jdbc) {
			this.inbox = inbox;
			this.jdbc = jdbc;
		}

		@RabbitListener(queues = QUEUE)
		void on(Message message) {
			MessageEnvelope envelope = MessageEnvelope.fromJson(message.getBody());
			AgendaEventSnapshot event = switch (envelope.type()) {
				case "events.registration.confirmed" -> envelope.payloadAs(RegistrationConfirmed.class).event();
				case "events.registration.waitlisted" -> envelope.payloadAs(RegistrationWaitlisted.class).event();
				default -> null;
			};
			if (event == null) {
				return;
			}
			this.inbox.handleOnce(QUEUE, envelope, () -> this.jdbc
				.sql("insert into registration_count (month, kind, registrations) values (?, ?, 1)"
						+ " on conflict (month, kind) do update set registrations = registration_count.registrations + 1")
				.params(Date.valueOf(event.startsAt().atZoneSameInstant(PARIS).toLocalDate().withDayOfMonth(1)),
						event.kind())
				.update());
		}

	}

}
