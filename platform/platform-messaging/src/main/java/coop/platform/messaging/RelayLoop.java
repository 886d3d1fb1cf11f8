package coop.platform.messaging;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs a relay round on one background thread: every interval, and at once when woken
 * after a commit. Rounds never overlap within a process; replicas are kept apart by the
 * store (row locks, single-document updates).
 */
public abstract class RelayLoop implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(RelayLoop.class);

	private final Duration interval;

	private final AtomicBoolean wakeRequested = new AtomicBoolean();

	private volatile ScheduledExecutorService executor;

	protected RelayLoop(Duration interval) {
		this.interval = interval;
	}

	/**
	 * Publishes what is pending.
	 * @return true when more may be waiting (a full batch), to run again without waiting
	 */
	protected abstract boolean relayRound();

	/**
	 * Housekeeping run about once a minute (for example deleting old published messages).
	 */
	protected void cleanUp() {
	}

	public void wakeUp() {
		ScheduledExecutorService current = this.executor;
		if (current != null && this.wakeRequested.compareAndSet(false, true)) {
			current.execute(this::runSafely);
		}
	}

	private void runSafely() {
		this.wakeRequested.set(false);
		try {
			while (relayRound()) {
				// a full batch: keep going until the backlog is drained
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Outbox relay round failed, will retry: " + ex.getMessage());
		}
	}

	@Override
	public void start() {
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "outbox-relay");
			thread.setDaemon(true);
			return thread;
		});
		started.scheduleWithFixedDelay(this::runSafely, this.interval.toMillis(), this.interval.toMillis(),
				TimeUnit.MILLISECONDS);
		started.scheduleWithFixedDelay(() -> {
			try {
				cleanUp();
			}
			catch (RuntimeException ex) {
				logger.warn("Outbox clean-up failed: " + ex.getMessage());
			}
		}, 1, 60, TimeUnit.SECONDS);
		this.executor = started;
	}

	@Override
	public void stop() {
		ScheduledExecutorService current = this.executor;
		this.executor = null;
		if (current != null) {
			current.shutdown();
			try {
				current.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}
