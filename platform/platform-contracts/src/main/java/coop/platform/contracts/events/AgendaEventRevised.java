package coop.platform.contracts.events;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * What the agenda shows of an event changed, but neither its time nor its place (those
 * are {@link AgendaEventChanged}, told to the registrants): its texts, seats or audience,
 * or who exhibits at a fair. Nobody is told; the pages that show it are refreshed.
 *
 * @param event the event as it is now
 */
@EventType("events.event.revised")
public record AgendaEventRevised(AgendaEventSnapshot event) implements IntegrationEvent {
}
