package coop.platform.contracts.events;

import java.time.OffsetDateTime;
import java.util.List;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * Staff changed the time or the place of an event; everyone registered is told.
 *
 * @param event the event as it is now
 * @param previousPlace the place before the change, as one line
 */
@EventType("events.event.changed")
public record AgendaEventChanged(AgendaEventSnapshot event, OffsetDateTime previousStartsAt,
		OffsetDateTime previousEndsAt, String previousPlace, List<Recipient> recipients) implements IntegrationEvent {
}
