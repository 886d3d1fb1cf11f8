package coop.resources.pages;

import java.util.Optional;

import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.messaging.EventConsumer;
import coop.platform.messaging.cooperative.Cooperative;
import coop.platform.messaging.cooperative.CooperativeStore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The presentation pages' words in the search follow the cooperative's settings: a page
 * says {@code {{nom}}}, the index holds the name of the moment, so a renamed cooperative
 * is found under its new name. The message's own settings are used (the service's copy
 * may not have taken them yet: another queue), unless the copy already holds newer ones.
 * Re-indexing is an upsert of each page's document: a redelivery changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class PageIndexing {

	static final String QUEUE = "resources.pages";

	@Bean
	EventConsumer pagesFollowTheCooperative(PageService pages, CooperativeStore copy) {
		return EventConsumer.queue(QUEUE).on(CooperativeChanged.class, (changed, received) -> {
			Optional<CooperativeChanged> newer = copy.find()
				.filter((kept) -> kept.changedAt() != null && changed.changedAt() != null
						&& kept.changedAt().isAfter(changed.changedAt()));
			pages.reindex(Cooperative.of(newer.orElse(changed)));
		});
	}

}
