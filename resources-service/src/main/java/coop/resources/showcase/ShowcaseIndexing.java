package coop.resources.showcase;

import java.util.List;
import java.util.stream.Collectors;

import coop.platform.contracts.members.ShowcasePublished;
import coop.platform.contracts.members.ShowcaseWithdrawn;
import coop.platform.messaging.EventConsumer;
import coop.resources.search.SearchDocument;
import coop.resources.search.SearchIndex;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Indexes a published showcase and removes a withdrawn one. Indexing is an upsert by id,
 * so a redelivered message that slipped past the inbox changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class ShowcaseIndexing {

	static final String QUEUE = "resources.showcases";

	@Bean
	EventConsumer showcaseIndexer(SearchIndex index) {
		return EventConsumer.queue(QUEUE)
			.on(ShowcasePublished.class, (published, received) -> index.index(toDocument(published)))
			.on(ShowcaseWithdrawn.class, (withdrawn, received) -> index.delete("showcase:" + withdrawn.slug()));
	}

	static SearchDocument toDocument(ShowcasePublished showcase) {
		String body = showcase.pages()
			.stream()
			.map((page) -> page.title() + "\n" + page.body())
			.collect(Collectors.joining("\n\n"));
		return new SearchDocument("showcase:" + showcase.slug(), "showcase", "public",
				showcase.businessName() + " — " + showcase.displayName(), showcase.tagline(), body,
				List.of(showcase.sectorLabel(), showcase.town()), null, showcase.sector(), showcase.antenna(),
				showcase.displayName(), showcase.pageUrl(), null);
	}

}
