package coop.platform.contracts.events;

import java.util.UUID;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * The event was full: the person waits, first come first served.
 *
 * @param position 1 for the first person waiting
 */
@EventType("events.registration.waitlisted")
public record RegistrationWaitlisted(UUID registrationId, AgendaEventSnapshot event, Attendee attendee, int position,
		String cancelUrl) implements IntegrationEvent {
}
