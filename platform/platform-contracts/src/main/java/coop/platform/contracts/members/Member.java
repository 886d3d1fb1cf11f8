package coop.platform.contracts.members;

/**
 * A person of the cooperative as an e-mail needs them.
 *
 * @param subject Keycloak subject
 */
public record Member(String subject, String firstName, String lastName, String email) {
}
