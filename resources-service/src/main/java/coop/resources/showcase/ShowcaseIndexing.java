package coop.resources.showcase;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import coop.platform.contracts.members.ShowcasePublished;
import coop.platform.contracts.members.ShowcaseWithdrawn;
import coop.platform.messaging.EventConsumer;
import coop.resources.search.SearchDocument;
import coop.resources.search.SearchIndexing;
import coop.resources.search.SearchKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Indexes a published showcase and removes a withdrawn one, keeping a copy to reindex
 * from. Both are upserts/removals by id, so a redelivered message that slipped past the
 * inbox changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class ShowcaseIndexing {

	static final String QUEUE = "resources.showcases";

	@Bean
	EventConsumer showcaseIndexer(SearchIndexing indexing) {
		return EventConsumer.queue(QUEUE)
			.on(ShowcasePublished.class,
					(published, received) -> indexing.keepCopy(toDocument(published, received.occurredAt())))
			.on(ShowcaseWithdrawn.class,
					(withdrawn, received) -> indexing.dropCopy(SearchKind.SHOWCASE, withdrawn.slug()));
	}

	static SearchDocument toDocument(ShowcasePublished showcase, Instant occurredAt) {
		String body = showcase.pages()
			.stream()
			.map((page) -> page.title() + "\n" + page.body())
			.collect(Collectors.joining("\n\n"));
		return SearchDocument
			.builder(SearchKind.SHOWCASE, showcase.slug(),
					SearchDocument.Access.everyone()
						.ownedBy(showcase.owner(), null)
						.inAntennas((showcase.antenna() != null) ? List.of(showcase.antenna()) : null))
			.title(showcase.businessName() + " — " + showcase.displayName())
			.summary(showcase.tagline())
			.body(body)
			.sectors((showcase.sectorLabel() != null) ? List.of(showcase.sectorLabel()) : null)
			.tags((showcase.town() != null) ? List.of(showcase.town()) : null)
			.author(showcase.displayName())
			.url(showcase.pageUrl())
			.date(occurredAt)
			.build();
	}

}
