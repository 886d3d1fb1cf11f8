package coop.members.people;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person as the intranet shows them.
 */
public record PersonResponse(String id, String subject, String firstName, String lastName, String email,
		PersonRole role, String roleLabel, @Nullable Ref antenna, @Nullable Ref organisation, @Nullable CoachRef coach,
		Person.Status status, Instant createdAt) {

	public record Ref(String code, String name) {
	}

	public record CoachRef(String subject, String name) {
	}

}
