package coop.platform.contracts.events;

import java.util.List;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * Staff cancelled an event; everyone registered or waiting is told.
 */
@EventType("events.event.cancelled")
public record AgendaEventCancelled(AgendaEventSnapshot event, String reason,
		List<Recipient> recipients) implements IntegrationEvent {
}
