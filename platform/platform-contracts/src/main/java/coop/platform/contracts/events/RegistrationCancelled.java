package coop.platform.contracts.events;

import java.util.UUID;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * A registration ended before the event.
 *
 * @param reason BY_ATTENDEE (the person cancelled), OFFER_DECLINED, OFFER_EXPIRED (the
 * seat offered was not taken in time) or BY_STAFF
 */
@EventType("events.registration.cancelled")
public record RegistrationCancelled(UUID registrationId, AgendaEventSnapshot event, Attendee attendee,
		String reason) implements IntegrationEvent {
}
