package coop.platform.contracts.events;

import java.time.Instant;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * An event of the agenda as its readers see it, told each time it is created, changed or
 * cancelled, and again when events-service starts (state transfer: the newest
 * {@code changedAt} wins), so that the site's search lists it.
 *
 * @param summary one or two sentences
 * @param description the longer text (plain text)
 * @param audience who sees it: {@code PUBLIC} (everyone) or {@code MEMBERS} (the
 * intranet)
 * @param cancelled no longer takes place (it leaves the search)
 * @param changedAt when the event last changed
 */
@EventType("events.event.published")
public record AgendaEventPublished(AgendaEventSnapshot event, String summary, String description, Audience audience,
		boolean cancelled, Instant changedAt) implements IntegrationEvent {

	/** Who sees the event. */
	public enum Audience {

		PUBLIC, MEMBERS

	}

}
