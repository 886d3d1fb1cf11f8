package coop.platform.contracts.members;

import java.util.List;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * An entrepreneur submitted their showcase (a first version or changes) for validation:
 * its reviewers (their coach, or staff of their antenna when they have none) are told.
 *
 * @param online whether an earlier version is online meanwhile
 * @param reviewUrl where a reviewer validates or rejects it
 */
@EventType("members.showcase.submitted")
public record ShowcaseSubmitted(String showcaseId, String businessName, Member owner, List<Member> reviewers,
		boolean online, String reviewUrl) implements IntegrationEvent {
}
