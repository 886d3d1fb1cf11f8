package coop.platform.messaging;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

@EventType("test.jdbc-ping.sent")
record Ping(int sequence) implements IntegrationEvent {
}
