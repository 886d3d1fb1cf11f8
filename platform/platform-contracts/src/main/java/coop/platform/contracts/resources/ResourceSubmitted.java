package coop.platform.contracts.resources;

import java.util.List;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;
import coop.platform.contracts.members.Member;

/**
 * A version of a resource of the centre waits for a decision: its reviewers (the author's
 * coach, or every coach when the author has none) are told.
 *
 * @param author the person who submitted it (its owner)
 * @param update whether an earlier version is online meanwhile
 * @param reviewUrl where a reviewer reads it and decides
 */
@EventType("resources.resource.submitted")
public record ResourceSubmitted(String resourceId, String title, Member author, List<Member> reviewers, boolean update,
		String reviewUrl) implements IntegrationEvent {
}
