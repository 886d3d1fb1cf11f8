package coop.members.people;

import java.util.Objects;

import coop.platform.web.security.CurrentUser;

/**
 * Told inside members-service (a Spring application event) after staff changed a person's
 * role, antenna, organisation or coach and saved it, for the features that keep something
 * about the person (the personal file tells other services its new antenna and coach).
 *
 * @param actorSubject who made the change, {@code actorName} their name as shown in
 * histories
 */
public record PersonAssigned(Person person, String actorSubject, String actorName) {

	/** The name a history shows for the person behind a request. */
	public static String nameOf(CurrentUser user) {
		if (user.name() != null && !user.name().isBlank()) {
			return user.name();
		}
		return Objects.toString(user.username(), user.subject());
	}

}
