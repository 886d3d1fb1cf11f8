package coop.platform.contracts.members;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * A reviewer validated a showcase: the version is online; its owner is told.
 *
 * @param firstPublication whether the showcase was never online before
 * @param pageUrl the showcase's public address
 */
@EventType("members.showcase.validated")
public record ShowcaseValidated(String showcaseId, String businessName, Member owner, String reviewerName,
		boolean firstPublication, String pageUrl) implements IntegrationEvent {
}
