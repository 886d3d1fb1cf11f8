package coop.resources.agenda;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the resource centre keeps of an event of the agenda, from
 * {@code events.event.published}: enough to show the next workshops of a resource and the
 * resources of a workshop without asking events-service.
 *
 * @param id the event's id
 * @param members whether only members see it (else everyone)
 * @param themeKey its theme in lower case, to compare with a resource's themes
 * @param resources slugs of the resources it uses, in order
 * @param changedAt when the event last changed (a message older than the copy changes
 * nothing)
 */
@Document("agenda_copies")
record AgendaCopy(@Id String id, String kind, String title, Instant startsAt, String pageUrl, boolean members,
		boolean cancelled, @Nullable String theme, @Nullable String themeKey, List<String> resources,
		Instant changedAt) {

	AgendaCopy {
		resources = (resources != null) ? List.copyOf(resources) : List.of();
	}

}
