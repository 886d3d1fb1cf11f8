package coop.resources.questions;

import coop.platform.web.security.CurrentUser;
import coop.platform.web.security.Roles;

/**
 * In what capacity someone wrote: coaches' and the staff's posts are marked.
 */
public enum AuthorRole {

	ENTREPRENEUR("Entrepreneur"), COACH("Accompagnateur"), STAFF("Équipe permanente");

	private final String label;

	AuthorRole(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Whether the post is marked as a coach's (or the staff's). */
	public boolean marked() {
		return this != ENTREPRENEUR;
	}

	static AuthorRole of(CurrentUser user) {
		if (user.hasRole(Roles.COACH)) {
			return COACH;
		}
		return user.isStaff() ? STAFF : ENTREPRENEUR;
	}

}
