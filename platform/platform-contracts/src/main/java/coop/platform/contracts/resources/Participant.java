package coop.platform.contracts.resources;

/**
 * A person of the questions-and-answers space as an e-mail needs them.
 *
 * @param subject Keycloak subject
 */
public record Participant(String subject, String firstName, String lastName, String email) {
}
