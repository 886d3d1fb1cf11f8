package coop.platform.moderation;

import java.util.Objects;

/**
 * Who takes a step: the Keycloak subject and the name shown in the audit trail.
 */
public record Actor(String subject, String name) {

	public Actor {
		Objects.requireNonNull(subject, "subject");
		name = (name == null || name.isBlank()) ? subject : name;
	}

}
