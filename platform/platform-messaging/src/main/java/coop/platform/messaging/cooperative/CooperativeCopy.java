package coop.platform.messaging.cooperative;

import coop.platform.contracts.members.CooperativeChanged;

/**
 * The cooperative's current settings, read from the service's copy at each use (never
 * held in memory: every instance reads the same store), so that the next e-mail, PDF or
 * calendar after a change carries it.
 */
public class CooperativeCopy {

	private final CooperativeStore store;

	public CooperativeCopy(CooperativeStore store) {
		this.store = store;
	}

	/** The settings staff set, or {@link Cooperative#NEUTRAL}. */
	public Cooperative current() {
		return this.store.find().map(Cooperative::of).orElse(Cooperative.NEUTRAL);
	}

	/**
	 * How long each kind of personal data is kept: staff's periods, the defaults where
	 * they set none.
	 */
	public CooperativeChanged.Retention retention() {
		return this.store.find()
			.map(CooperativeChanged::retention)
			.map(CooperativeChanged.Retention::orDefaults)
			.orElse(CooperativeChanged.Retention.DEFAULTS);
	}

	/** Keeps {@code settings} unless the copy holds newer ones. */
	public void keep(CooperativeChanged settings) {
		this.store.keep(settings);
	}

}
