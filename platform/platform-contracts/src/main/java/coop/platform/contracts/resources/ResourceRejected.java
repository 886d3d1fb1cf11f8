package coop.platform.contracts.resources;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;
import coop.platform.contracts.members.Member;

/**
 * A reviewer refused a version of a resource, with the reason shown to its author; a
 * version already online stays online.
 *
 * @param editUrl where the author changes it and submits it again
 */
@EventType("resources.resource.rejected")
public record ResourceRejected(String resourceId, String title, Member author, String reviewerName, String reason,
		String editUrl) implements IntegrationEvent {
}
