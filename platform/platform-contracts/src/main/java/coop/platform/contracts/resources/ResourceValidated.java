package coop.platform.contracts.resources;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;
import coop.platform.contracts.members.Member;

/**
 * A reviewer validated a version of a resource: it is online; its author is told.
 *
 * @param firstPublication whether the resource was never online before
 * @param pageUrl where it is read
 */
@EventType("resources.resource.validated")
public record ResourceValidated(String resourceId, String title, Member author, String reviewerName,
		boolean firstPublication, String pageUrl) implements IntegrationEvent {
}
