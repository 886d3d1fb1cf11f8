package coop.platform.messaging;

import java.util.function.LongSupplier;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Shows how many messages wait for the broker. A backlog is not a failure (they will be
 * sent once the broker is back), so the status stays UP; the count tells ops something is
 * delayed.
 */
public class OutboxHealthIndicator implements HealthIndicator {

	private final LongSupplier pending;

	public OutboxHealthIndicator(LongSupplier pending) {
		this.pending = pending;
	}

	/** How many messages wait for the broker now. */
	public long pending() {
		return this.pending.getAsLong();
	}

	@Override
	public Health health() {
		return Health.up().withDetail("pendingMessages", this.pending.getAsLong()).build();
	}

}
