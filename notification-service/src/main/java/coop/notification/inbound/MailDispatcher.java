package coop.notification.inbound;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import coop.notification.mail.Mailer;
import coop.notification.mail.OutgoingMail;
import coop.platform.contracts.IntegrationEvent;
import coop.platform.messaging.ConsumerQueue;
import coop.platform.messaging.Inbox;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.messaging.MessagingProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Message;

/**
 * Turns the messages of one queue into e-mails. Each recipient has an inbox marker of
 * their own (the message's id and the address): the marker, what goes along with the
 * e-mail, the SMTP send and the sent log commit in one transaction. A redelivered message
 * therefore sends nothing twice, and when the SMTP server refuses the mail of one
 * recipient of many, the retry sends only the mails still missing.
 */
public final class MailDispatcher {

	private static final Log logger = LogFactory.getLog(MailDispatcher.class);

	private final String queue;

	private final Inbox inbox;

	private final Mailer mailer;

	private final Map<String, Function<MessageEnvelope, List<Delivery>>> handlers = new LinkedHashMap<>();

	public MailDispatcher(String queue, Inbox inbox, Mailer mailer) {
		this.queue = queue;
		this.inbox = inbox;
		this.mailer = mailer;
	}

	/**
	 * @param handler the deliveries for a message (none to send nothing), from its
	 * payload and the time it occurred
	 */
	public <T extends IntegrationEvent> MailDispatcher on(Class<T> type,
			BiFunction<T, Instant, List<Delivery>> handler) {
		this.handlers.put(IntegrationEvent.typeOf(type).value(),
				(envelope) -> handler.apply(envelope.payloadAs(type), envelope.occurredAt()));
		return this;
	}

	/** The queue, bound to the routing keys of the types handled. */
	public Declarables declareQueue(MessagingProperties properties) {
		return ConsumerQueue.declare(properties, this.queue, this.handlers.keySet().toArray(String[]::new));
	}

	public void dispatch(Message message) {
		MessageEnvelope envelope = MessageEnvelope.fromJson(message.getBody());
		Function<MessageEnvelope, List<Delivery>> handler = this.handlers.get(envelope.type());
		if (handler == null) {
			logger.debug("No e-mail for " + envelope.type());
			return;
		}
		for (Delivery delivery : handler.apply(envelope)) {
			this.inbox.handleOnce(this.queue, forRecipient(envelope, delivery.mail()), () -> {
				delivery.alongside().run();
				this.mailer.send(envelope.eventId(), delivery.mail());
			});
		}
	}

	private static MessageEnvelope forRecipient(MessageEnvelope envelope, OutgoingMail mail) {
		UUID id = UUID.nameUUIDFromBytes((envelope.eventId() + " " + mail.to()).getBytes(StandardCharsets.UTF_8));
		return new MessageEnvelope(id, envelope.type(), envelope.occurredAt(), envelope.version(), envelope.payload());
	}

}
