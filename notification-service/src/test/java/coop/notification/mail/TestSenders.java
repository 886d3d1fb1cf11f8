package coop.notification.mail;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.messaging.cooperative.CooperativeCopy;
import coop.platform.messaging.cooperative.CooperativeStore;

/** A {@link Sender} for unit tests: the settings are kept in memory. */
public final class TestSenders {

	private TestSenders() {
	}

	public static Sender of(MailProperties properties) {
		AtomicReference<CooperativeChanged> kept = new AtomicReference<>();
		return new Sender(properties, new CooperativeCopy(new CooperativeStore() {

			@Override
			public Optional<CooperativeChanged> find() {
				return Optional.ofNullable(kept.get());
			}

			@Override
			public void keep(CooperativeChanged settings) {
				kept.set(settings);
			}

		}));
	}

}
