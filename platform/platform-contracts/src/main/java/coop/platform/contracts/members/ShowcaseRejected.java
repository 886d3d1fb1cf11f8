package coop.platform.contracts.members;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * A reviewer refused a version of a showcase, with the reason shown to its owner; a
 * version already online stays online.
 *
 * @param editUrl where the owner changes it and submits it again
 */
@EventType("members.showcase.rejected")
public record ShowcaseRejected(String showcaseId, String businessName, Member owner, String reviewerName, String reason,
		String editUrl) implements IntegrationEvent {
}
