package coop.resources.people;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the resource centre keeps of a person of the cooperative (from members-service's
 * messages): enough to know who coaches whom and whom to write to.
 *
 * @param subject Keycloak subject
 * @param role the realm role ({@code entrepreneur}, {@code coach}…), {@code other} for a
 * role newer than this service
 * @param coach subject of the coach who follows this entrepreneur, or {@code null}
 * @param changedAt when the message this copy reflects happened
 */
@Document("people")
public record Person(@Id String subject, String role, String firstName, String lastName, String email, String antenna,
		String coach, Instant changedAt) {

	public String name() {
		return (this.firstName + " " + this.lastName).strip();
	}

	public boolean isCoach() {
		return "coach".equals(this.role);
	}

}
