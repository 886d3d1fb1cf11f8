package coop.platform.moderation;

/**
 * What happened, as kept in the audit trail.
 */
public enum ModerationStep {

	CREATED("création"), EDITED("modification"), SUBMITTED("soumission pour validation"), VALIDATED("validation"),
	REJECTED("refus"), WITHDRAWN("retrait"), RESTORED("rétablissement"), REVIEW_DATE_SET("date de relecture");

	private final String label;

	ModerationStep(String label) {
		this.label = label;
	}

	/** The French word a person reads in the audit trail. */
	public String label() {
		return this.label;
	}

}
