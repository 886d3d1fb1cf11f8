package coop.platform.contracts.members;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * Staff invited a person: their Keycloak account exists and they received an e-mail to
 * choose a password.
 *
 * @param subject Keycloak subject, the person's id everywhere
 * @param role the realm role
 * @param antenna antenna code, or {@code null}
 * @param organisation prescriber organisation code, or {@code null}
 * @param coach subject of the coach who follows an entrepreneur, or {@code null}
 */
@EventType("members.person.invited")
public record PersonInvited(String subject, MemberRole role, String firstName, String lastName, String email,
		String antenna, String organisation, String coach) implements IntegrationEvent {
}
