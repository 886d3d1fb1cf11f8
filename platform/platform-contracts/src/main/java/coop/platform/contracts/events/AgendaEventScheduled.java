package coop.platform.contracts.events;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * Staff put a new event on the agenda (each occurrence of a series is one). Nobody is
 * told; the pages that list the agenda show it.
 *
 * @param event the new event
 */
@EventType("events.event.scheduled")
public record AgendaEventScheduled(AgendaEventSnapshot event) implements IntegrationEvent {
}
