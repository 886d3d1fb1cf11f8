package coop.platform.contracts.events;

import java.util.UUID;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * A person holds a seat at an event.
 *
 * @param cancelUrl signed link that cancels the registration without logging in
 */
@EventType("events.registration.confirmed")
public record RegistrationConfirmed(UUID registrationId, AgendaEventSnapshot event, Attendee attendee,
		String cancelUrl) implements IntegrationEvent {
}
