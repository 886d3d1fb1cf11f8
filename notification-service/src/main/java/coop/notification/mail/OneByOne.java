package coop.notification.mail;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends stored work (reminders, contact messages) one item at a time: each item is
 * locked, sent and marked done in a transaction of its own, so that replicas running the
 * same job share the work and never send an item twice. After a failure (SMTP away) the
 * item's failures are counted outside the rolled-back transaction and the run stops: the
 * next run tries again.
 *
 * @param <T> the stored item
 */
public final class OneByOne<T> {

	private final TransactionTemplate transaction;

	private final Function<T, UUID> id;

	private final Consumer<UUID> countFailure;

	private final Log logger;

	/**
	 * @param id how the item is named in the log (never its personal data)
	 */
	public OneByOne(PlatformTransactionManager transactions, Function<T, UUID> id, Consumer<UUID> countFailure,
			Log logger) {
		this.transaction = new TransactionTemplate(transactions);
		this.id = id;
		this.countFailure = countFailure;
		this.logger = logger;
	}

	/**
	 * @param lockNext the next item to send, locked (or none left)
	 * @param send sends the item and marks it done, inside its transaction
	 * @return how many items this run sent
	 */
	public int sendAll(Supplier<Optional<T>> lockNext, Consumer<T> send) {
		int sent = 0;
		while (sendNext(lockNext, send)) {
			sent++;
		}
		return sent;
	}

	private boolean sendNext(Supplier<Optional<T>> lockNext, Consumer<T> send) {
		AtomicReference<T> picked = new AtomicReference<>();
		try {
			return Boolean.TRUE.equals(this.transaction.execute((status) -> lockNext.get().map((item) -> {
				picked.set(item);
				send.accept(item);
				return true;
			}).orElse(false)));
		}
		catch (RuntimeException ex) {
			if (picked.get() == null) {
				throw ex;
			}
			UUID failed = this.id.apply(picked.get());
			this.countFailure.accept(failed);
			this.logger.warn(failed + " not sent, retried at the next run: " + ex.getMessage());
			return false;
		}
	}

}
