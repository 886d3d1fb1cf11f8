package coop.platform.contracts.events;

/**
 * The person a registration is for.
 *
 * @param subject Keycloak subject when the person has an account, else {@code null}
 */
public record Attendee(String firstName, String lastName, String email, String subject) {
}
