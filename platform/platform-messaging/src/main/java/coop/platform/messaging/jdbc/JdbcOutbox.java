package coop.platform.messaging.jdbc;

import java.sql.Timestamp;
import java.time.Clock;

import coop.platform.contracts.IntegrationEvent;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.messaging.Outbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Outbox in the service's PostgreSQL database (table {@code platform_outbox}).
 */
class JdbcOutbox implements Outbox {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final JdbcOutboxRelay relay;

	JdbcOutbox(JdbcTemplate jdbc, Clock clock, JdbcOutboxRelay relay) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.relay = relay;
	}

	@Override
	public void append(IntegrationEvent event) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			// Without the caller's transaction the message could outlive a rolled-back
			// change, or the reverse.
			throw new IllegalStateException("Outbox.append needs the transaction of the state change it reports");
		}
		MessageEnvelope envelope = MessageEnvelope.of(event, this.clock.instant());
		this.jdbc.update(
				"insert into platform_outbox (event_id, type, version, occurred_at, envelope) values (?, ?, ?, ?, ?)",
				envelope.eventId(), envelope.type(), envelope.version(), Timestamp.from(envelope.occurredAt()),
				envelope.toJson());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				JdbcOutbox.this.relay.wakeUp();
			}
		});
	}

}
