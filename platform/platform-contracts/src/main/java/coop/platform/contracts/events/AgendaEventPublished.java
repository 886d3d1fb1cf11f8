package coop.platform.contracts.events;

import java.time.Instant;
import java.util.List;

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
 * @param theme the event's theme as staff wrote it (« Gestion »), or {@code null}
 * @param resources slugs of the resource centre's resources the event uses (a workshop's
 * training modules and documents), empty when none (or in messages written before it was
 * added)
 */
@EventType("events.event.published")
public record AgendaEventPublished(AgendaEventSnapshot event, String summary, String description, Audience audience,
		boolean cancelled, Instant changedAt, String theme, List<String> resources) implements IntegrationEvent {

	public AgendaEventPublished {
		resources = (resources != null) ? List.copyOf(resources) : List.of();
	}

	/** An event without theme nor resources. */
	public AgendaEventPublished(AgendaEventSnapshot event, String summary, String description, Audience audience,
			boolean cancelled, Instant changedAt) {
		this(event, summary, description, audience, cancelled, changedAt, null, List.of());
	}

	/** Who sees the event. */
	public enum Audience {

		PUBLIC, MEMBERS

	}

}
