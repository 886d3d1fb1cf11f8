package coop.platform.contracts.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * A service's retention job ran: what it deleted from its own store, counted per kind
 * (never a name or an address). Published by every service that applies retention periods
 * (the routing key names no service, as for {@link PrivacyAnswered}); members-service
 * keeps them as the report staff read.
 *
 * @param runId the run, unique: a repeated message is one run
 * @param service the service's {@code spring.application.name}
 * @param ranAt when the run deleted
 * @param removed how many records of each kind it deleted (every kind it looks after, 0
 * included)
 */
@EventType("privacy.retention.applied")
public record RetentionApplied(UUID runId, String service, Instant ranAt,
		List<Removed> removed) implements IntegrationEvent {

	public RetentionApplied {
		removed = (removed != null) ? List.copyOf(removed) : List.of();
	}

	/** The records of one kind deleted, and the oldest date kept ({@code before}). */
	public record Removed(RetentionKind kind, int count, Instant before) {
	}

}
