package coop.platform.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * A seat freed up and is offered to the first person waiting, who has until
 * {@code expiresAt} to accept it; after that it goes to the next one.
 *
 * @param offerUrl signed page where the person accepts or declines
 */
@EventType("events.registration.seat-offered")
public record SeatOffered(UUID registrationId, AgendaEventSnapshot event, Attendee attendee, OffsetDateTime expiresAt,
		String offerUrl) implements IntegrationEvent {
}
