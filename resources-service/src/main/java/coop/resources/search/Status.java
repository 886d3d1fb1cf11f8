package coop.resources.search;

/**
 * Where a searchable thing stands in the one moderation flow. Only {@link #PUBLISHED}
 * things are found by people other than their owner.
 */
public enum Status {

	/** Validated (or needing no validation) and live. */
	PUBLISHED("published"),
	/** Submitted, waiting for a coach. */
	PENDING("pending"), DRAFT("draft"), REJECTED("rejected"), WITHDRAWN("withdrawn"),
	/** Taken down by a moderator (an off-topic post): found by nobody. */
	HIDDEN("hidden");

	private final String wire;

	Status(String wire) {
		this.wire = wire;
	}

	public String wire() {
		return this.wire;
	}

}
