package coop.platform.test;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waiting in tests for what happens asynchronously (a message consumed, a document
 * indexed): poll until the value satisfies the condition or the time is up, then return
 * the last value for the assertions to judge.
 */
public final class Eventually {

	private Eventually() {
	}

	public static <T> T await(Supplier<T> value, Predicate<T> done, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		T last = value.get();
		while (!done.test(last) && Instant.now().isBefore(deadline)) {
			pause(Duration.ofMillis(200));
			last = value.get();
		}
		return last;
	}

	public static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
