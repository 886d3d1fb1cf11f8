package coop.platform.messaging;

import coop.platform.contracts.IntegrationEvent;

/**
 * Records an event to publish, in the caller's database transaction: it reaches the
 * broker if and only if that transaction commits.
 */
public interface Outbox {

	void append(IntegrationEvent event);

}
