package coop.resources.library;

import java.util.EnumSet;
import java.util.Set;

import coop.platform.moderation.Actor;
import coop.platform.web.security.CurrentUser;
import coop.platform.web.security.Roles;

/**
 * Who calls, as the centre's rules need it.
 *
 * @param subject the Keycloak subject, {@code null} for a visitor
 * @param name the name shown in the audit trail and on resources
 * @param email where the centre writes to them
 */
record Caller(String subject, String name, String email, boolean entrepreneur, boolean coach, boolean staff) {

	static final Caller VISITOR = new Caller(null, null, null, false, false, false);

	static Caller of(CurrentUser user) {
		if (user == null || user.subject() == null) {
			return VISITOR;
		}
		String name = (user.name() != null && !user.name().isBlank()) ? user.name() : user.username();
		return new Caller(user.subject(), name, user.email(), user.hasRole(Roles.ENTREPRENEUR),
				user.hasRole(Roles.COACH), user.hasRole(Roles.STAFF));
	}

	/** Coaches and staff review, withdraw and restore. */
	boolean reviewer() {
		return this.coach || this.staff;
	}

	/** Entrepreneurs, coaches and staff: the people of the cooperative. */
	boolean member() {
		return this.entrepreneur || reviewer();
	}

	/**
	 * The audiences whose published resources this caller reads (personal ones aside).
	 */
	Set<Audience> audiences() {
		if (reviewer()) {
			return EnumSet.of(Audience.PUBLIC, Audience.MEMBERS, Audience.COACHES);
		}
		return member() ? EnumSet.of(Audience.PUBLIC, Audience.MEMBERS) : EnumSet.of(Audience.PUBLIC);
	}

	boolean is(String someone) {
		return this.subject != null && this.subject.equals(someone);
	}

	Actor actor() {
		return new Actor(this.subject, this.name);
	}

}
