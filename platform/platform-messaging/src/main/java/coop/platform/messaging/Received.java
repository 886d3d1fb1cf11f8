package coop.platform.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * What a consumer knows of a message besides its event: its id (the same on every
 * delivery) and when it happened.
 */
public record Received(UUID eventId, Instant occurredAt) {

	static Received of(MessageEnvelope envelope) {
		return new Received(envelope.eventId(), envelope.occurredAt());
	}

}
