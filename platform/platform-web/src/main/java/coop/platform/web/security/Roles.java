package coop.platform.web.security;

/**
 * The realm roles of the platform.
 */
public final class Roles {

	public static final String ENTREPRENEUR = "entrepreneur";

	public static final String COACH = "coach";

	public static final String PRESCRIBER = "prescriber";

	public static final String STAFF = "staff";

	private Roles() {
	}

}
