package coop.platform.contracts.events;

import java.util.UUID;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * A person who waited accepted the seat offered: they are now registered.
 */
@EventType("events.registration.promoted")
public record RegistrationPromoted(UUID registrationId, AgendaEventSnapshot event, Attendee attendee,
		String cancelUrl) implements IntegrationEvent {
}
