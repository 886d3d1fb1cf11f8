package coop.resources.agenda;

import java.util.ArrayList;
import java.util.List;

import coop.platform.contracts.events.AgendaEventPublished;
import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.messaging.EventConsumer;
import coop.resources.search.SearchDocument;
import coop.resources.search.SearchIndexing;
import coop.resources.search.SearchKind;
import coop.resources.search.Status;
import coop.resources.search.Visibility;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The agenda's events in the site's search: events-service tells each event as its
 * readers see it (created, changed, cancelled, and again when it starts); a copy is kept
 * to reindex from. A public event is found by everyone, a members' event by members; a
 * cancelled one by nobody. A message older than the copy changes nothing. The resources
 * an event uses and its theme are kept too ({@link AgendaLinks}).
 */
@Configuration(proxyBeanMethods = false)
class AgendaIndexing {

	static final String QUEUE = "resources.agenda";

	@Bean
	EventConsumer agendaIndexer(SearchIndexing indexing, AgendaLinks links) {
		return EventConsumer.queue(QUEUE).on(AgendaEventPublished.class, (published, received) -> {
			links.keep(published);
			String id = published.event().id().toString();
			boolean older = indexing.copyOf(SearchKind.EVENT, id)
				.map((copy) -> copy.changedAt() != null && copy.changedAt().isAfter(published.changedAt()))
				.orElse(false);
			if (!older) {
				indexing.keepCopy(toDocument(published));
			}
		});
	}

	static SearchDocument toDocument(AgendaEventPublished published) {
		AgendaEventSnapshot event = published.event();
		Visibility visibility = (published.audience() == AgendaEventPublished.Audience.PUBLIC) ? Visibility.PUBLIC
				: Visibility.MEMBERS;
		Status status = published.cancelled() ? Status.WITHDRAWN : Status.PUBLISHED;
		List<String> body = new ArrayList<>();
		if (published.description() != null && !published.description().isBlank()) {
			body.add(published.description());
		}
		if (event.placeLabel() != null) {
			body.add(event.placeLabel() + ((event.placeAddress() != null) ? ", " + event.placeAddress() : ""));
		}
		return SearchDocument
			.builder(SearchKind.EVENT, event.id().toString(),
					SearchDocument.Access.of(visibility, status)
						.inAntennas((event.antenna() != null) ? List.of(event.antenna()) : null))
			.title(event.title())
			.summary(published.summary())
			.body(String.join("\n\n", body))
			.tags((event.kind() != null) ? List.of(kindLabel(event.kind())) : null)
			.url(event.pageUrl())
			.date(event.startsAt().toInstant())
			.changedAt(published.changedAt())
			.build();
	}

	private static String kindLabel(AgendaEventSnapshot.Kind kind) {
		return switch (kind) {
			case INFO_MEETING -> "Réunion d'information";
			case MONTHLY_MEETING -> "Réunion mensuelle";
			case FAIR -> "Salon";
			case WORKSHOP -> "Atelier";
			case APPOINTMENT -> "Rendez-vous";
		};
	}

}
