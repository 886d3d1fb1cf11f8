package coop.events.fair;

import coop.platform.contracts.members.ShowcasePublished;
import coop.platform.contracts.members.ShowcaseWithdrawn;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps {@link ShowcaseRefs} from members-service's showcase messages (an upsert by
 * owner, a delete by slug: a repeated message changes nothing). A showcase without an
 * account has no owner to link.
 */
@Configuration(proxyBeanMethods = false)
class ShowcaseReferences {

	static final String QUEUE = "events.showcases";

	@Bean
	EventConsumer eventsShowcases(ShowcaseRefs refs) {
		return EventConsumer.queue(QUEUE).on(ShowcasePublished.class, (showcase, received) -> {
			if (showcase.owner() != null) {
				refs.save(showcase.owner(), showcase.slug(), showcase.displayName(), showcase.businessName());
			}
		}).on(ShowcaseWithdrawn.class, (withdrawn, received) -> refs.deleteBySlug(withdrawn.slug()));
	}

}
