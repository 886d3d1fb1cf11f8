package coop.platform.contracts.members;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * A showcase is no longer public: it leaves the search index.
 */
@EventType("members.showcase.withdrawn")
public record ShowcaseWithdrawn(String slug) implements IntegrationEvent {
}
