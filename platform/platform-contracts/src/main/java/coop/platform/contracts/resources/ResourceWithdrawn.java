package coop.platform.contracts.resources;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;
import coop.platform.contracts.members.Member;

/**
 * A reviewer took a published resource offline, with a reason; its author is told.
 *
 * @param pageUrl where its author finds it (and may change it)
 */
@EventType("resources.resource.withdrawn")
public record ResourceWithdrawn(String resourceId, String title, Member author, String reviewerName, String reason,
		String pageUrl) implements IntegrationEvent {
}
