package coop.platform.messaging.jdbc;

import coop.platform.messaging.Inbox;
import coop.platform.messaging.MessageEnvelope;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inbox in PostgreSQL: the marker row and the action's changes commit together or not at
 * all, so an event is acted on exactly once even when redelivered; a concurrent second
 * delivery waits on the marker's key and then skips.
 */
class JdbcInbox implements Inbox {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	JdbcInbox(JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public boolean handleOnce(String consumer, MessageEnvelope envelope, Runnable action) {
		Boolean handled = this.transaction.execute((status) -> {
			int inserted = this.jdbc.update(
					"insert into platform_inbox (consumer, event_id) values (?, ?) on conflict do nothing", consumer,
					envelope.eventId());
			if (inserted == 0) {
				return false;
			}
			action.run();
			return true;
		});
		return Boolean.TRUE.equals(handled);
	}

}
