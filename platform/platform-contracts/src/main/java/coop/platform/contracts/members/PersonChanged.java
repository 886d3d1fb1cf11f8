package coop.platform.contracts.members;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * A person's role, antenna, organisation or coach changed; the record carries their new
 * values.
 */
@EventType("members.person.changed")
public record PersonChanged(String subject, MemberRole role, String firstName, String lastName, String email,
		String antenna, String organisation, String coach) implements IntegrationEvent {
}
