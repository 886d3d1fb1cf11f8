package coop.platform.contracts.resources;

import java.time.LocalDate;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;
import coop.platform.contracts.members.Member;

/**
 * The date a reviewer chose to look at a published resource again has come: that reviewer
 * is reminded, once per date.
 *
 * @param reviewer the coach or staff member who set the date
 * @param pageUrl where the resource is read and changed
 */
@EventType("resources.resource.review-due")
public record ResourceReviewDue(String resourceId, String title, Member reviewer, LocalDate reviewBy,
		String pageUrl) implements IntegrationEvent {
}
