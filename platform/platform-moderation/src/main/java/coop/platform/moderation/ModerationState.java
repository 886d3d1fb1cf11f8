package coop.platform.moderation;

/**
 * Where the latest version of a moderated content stands.
 */
public enum ModerationState {

	/** Being written; only its authors (and whoever may edit it) see it. */
	DRAFT("brouillon"),

	/** Waiting for a reviewer. */
	SUBMITTED("en attente de validation"),

	/** Published: this version is the live one. */
	VALIDATED("publiée"),

	/** Refused with a reason; its authors may change it and submit it again. */
	REJECTED("refusée"),

	/** Taken offline by a reviewer, with a reason; it may be restored. */
	WITHDRAWN("retirée");

	private final String label;

	ModerationState(String label) {
		this.label = label;
	}

	/** The French word a person reads. */
	public String label() {
		return this.label;
	}

}
