package coop.platform.messaging.mongo;

import java.time.Instant;

import coop.platform.contracts.IntegrationEvent;
import coop.platform.messaging.MessageEnvelope;

/**
 * A message waiting inside the MongoDB document whose change it reports: saving the
 * document saves both in one single-document write, which MongoDB makes atomic.
 */
public record OutboxEntry(String eventId, String type, int version, Instant occurredAt, String envelope) {

	public static OutboxEntry of(IntegrationEvent event, Instant occurredAt) {
		MessageEnvelope envelope = MessageEnvelope.of(event, occurredAt);
		return new OutboxEntry(envelope.eventId().toString(), envelope.type(), envelope.version(),
				envelope.occurredAt(), envelope.toJson());
	}

}
