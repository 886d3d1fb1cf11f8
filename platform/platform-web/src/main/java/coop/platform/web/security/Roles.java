package coop.platform.web.security;

/**
 * The realm roles of the platform.
 */
public final class Roles {

	public static final String ENTREPRENEUR = "entrepreneur";

	public static final String COACH = "coach";

	public static final String PRESCRIBER = "prescriber";

	public static final String STAFF = "staff";

	/** Funders and partners: anonymised aggregates only, read-only. */
	public static final String FUNDER = "funder";

	private Roles() {
	}

}
