package coop.platform.messaging.jdbc;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.BrokerPublisher.PublishFailedException;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.messaging.MessagingProperties;
import coop.platform.messaging.RelayLoop;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes pending rows of {@code platform_outbox} in the order they were written. Rows
 * are locked with {@code FOR UPDATE SKIP LOCKED}, so two replicas never publish the same
 * row at once; a row is marked published only after the broker's confirm. When the broker
 * is down nothing is marked, and the next round tries again.
 */
class JdbcOutboxRelay extends RelayLoop {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final BrokerPublisher publisher;

	private final MessagingProperties properties;

	private final Clock clock;

	JdbcOutboxRelay(JdbcTemplate jdbc, TransactionTemplate transaction, BrokerPublisher publisher,
			MessagingProperties properties, Clock clock) {
		super(properties.relayInterval());
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.publisher = publisher;
		this.properties = properties;
		this.clock = clock;
	}

	private record Pending(long position, UUID eventId, String envelope) {
	}

	@Override
	protected boolean relayRound() {
		Boolean more = this.transaction.execute((status) -> {
			List<Pending> batch = this.jdbc.query(
					"select position, event_id, envelope from platform_outbox where published_at is null"
							+ " order by position limit ? for update skip locked",
					(rs, row) -> new Pending(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3)),
					this.properties.relayBatchSize());
			for (Pending pending : batch) {
				try {
					this.publisher.publish(MessageEnvelope.fromJson(pending.envelope()));
				}
				catch (PublishFailedException ex) {
					// Stop here to keep the order; what was confirmed before is committed
					// as published.
					this.jdbc.update(
							"update platform_outbox set attempts = attempts + 1, last_error = ? where position = ?",
							ex.getMessage(), pending.position());
					return false;
				}
				this.jdbc.update("update platform_outbox set published_at = ? where position = ?",
						Timestamp.from(this.clock.instant()), pending.position());
			}
			return batch.size() == this.properties.relayBatchSize();
		});
		return Boolean.TRUE.equals(more);
	}

	@Override
	protected void cleanUp() {
		Timestamp before = Timestamp.from(this.clock.instant().minus(this.properties.retention()));
		this.jdbc.update("delete from platform_outbox where published_at < ?", before);
		this.jdbc.update("delete from platform_inbox where processed_at < ?", before);
	}

	/** Messages written but not yet confirmed by the broker (for health and tests). */
	long pendingCount() {
		Long count = this.jdbc.queryForObject("select count(*) from platform_outbox where published_at is null",
				Long.class);
		return (count != null) ? count : 0;
	}

}
