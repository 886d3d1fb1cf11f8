package coop.platform.messaging;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

@EventType("test.mongo-ping.sent")
record MongoPing(int sequence) implements IntegrationEvent {
}
