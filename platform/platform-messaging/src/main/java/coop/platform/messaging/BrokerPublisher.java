package coop.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Sends one envelope and returns only once the broker confirmed it has taken it over
 * (publisher confirms). Outbox relays mark a message as published only after this
 * returns.
 */
public class BrokerPublisher {

	private final RabbitTemplate rabbit;

	private final MessagingProperties properties;

	public BrokerPublisher(RabbitTemplate rabbit, MessagingProperties properties) {
		this.rabbit = rabbit;
		this.properties = properties;
	}

	/**
	 * @throws PublishFailedException if the broker is unreachable, refuses the message or
	 * does not confirm in time
	 */
	public void publish(MessageEnvelope envelope) {
		String eventId = envelope.eventId().toString();
		String type = envelope.type();
		Message message = MessageBuilder.withBody(envelope.toJson().getBytes(StandardCharsets.UTF_8))
			.setContentType(MessageProperties.CONTENT_TYPE_JSON)
			.setContentEncoding(StandardCharsets.UTF_8.name())
			.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
			.setMessageId(eventId)
			.setType(type)
			.setTimestamp(Date.from(envelope.occurredAt()))
			.setHeader("x-event-version", envelope.version())
			.build();
		if (envelope.traceparent() != null) {
			// W3C Trace Context as a header too, for tools that read it off the broker
			message.getMessageProperties().setHeader("traceparent", envelope.traceparent());
		}
		CorrelationData correlation = new CorrelationData(eventId);
		try {
			this.rabbit.send(this.properties.exchange(), type, message, correlation);
			CorrelationData.Confirm confirm = correlation.getFuture()
				.get(this.properties.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS);
			if (!confirm.ack()) {
				throw new PublishFailedException("Broker refused " + type + " " + eventId + ": " + confirm.reason());
			}
			if (correlation.getReturned() != null) {
				throw new PublishFailedException("Broker could not route " + type + " " + eventId);
			}
		}
		catch (AmqpException | ExecutionException | TimeoutException ex) {
			throw new PublishFailedException("Could not publish " + type + " " + eventId + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PublishFailedException("Interrupted while publishing " + eventId, ex);
		}
	}

	public static class PublishFailedException extends RuntimeException {

		PublishFailedException(String message) {
			super(message);
		}

		PublishFailedException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
