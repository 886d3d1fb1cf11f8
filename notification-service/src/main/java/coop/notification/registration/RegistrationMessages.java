package coop.notification.registration;

import coop.notification.mail.Mailer;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.contracts.events.RegistrationWaitlisted;
import coop.platform.messaging.ConsumerQueue;
import coop.platform.messaging.Inbox;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.messaging.MessagingProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes registration events from events-service and sends the matching e-mail, once
 * per event however often the broker delivers it.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationMessages {

	static final String QUEUE = "notification.registrations";

	private static final Log logger = LogFactory.getLog(RegistrationMessages.class);

	@Bean
	Declarables registrationQueue(MessagingProperties properties) {
		return ConsumerQueue.declare(properties, QUEUE, "events.registration.*");
	}

	@Bean
	Listener registrationListener(Inbox inbox, RegistrationMails mails, Mailer mailer) {
		return new Listener(inbox, mails, mailer);
	}

	static class Listener {

		private final Inbox inbox;

		private final RegistrationMails mails;

		private final Mailer mailer;

		Listener(Inbox inbox, RegistrationMails mails, Mailer mailer) {
			this.inbox = inbox;
			this.mails = mails;
			this.mailer = mailer;
		}

		@RabbitListener(queues = QUEUE)
		void on(Message message) {
			MessageEnvelope envelope = MessageEnvelope.fromJson(message.getBody());
			this.inbox.handleOnce(QUEUE, envelope, () -> {
				switch (envelope.type()) {
					case "events.registration.confirmed" -> this.mailer.send(envelope.eventId(),
							this.mails.confirmed(envelope.payloadAs(RegistrationConfirmed.class)));
					case "events.registration.waitlisted" -> this.mailer.send(envelope.eventId(),
							this.mails.waitlisted(envelope.payloadAs(RegistrationWaitlisted.class)));
					default -> logger.debug("No e-mail for " + envelope.type());
				}
			});
		}

	}

}
