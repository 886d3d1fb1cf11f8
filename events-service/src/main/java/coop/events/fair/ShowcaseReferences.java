package coop.events.fair;

import coop.platform.contracts.members.ShowcasePublished;
import coop.platform.contracts.members.ShowcaseWithdrawn;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The showcase references that let a fair's page link its exhibitors' showcases, kept
 * from members-service's showcase messages (an upsert by owner, a delete by slug: a
 * repeated message changes nothing).
 */
@Configuration(proxyBeanMethods = false)
class ShowcaseReferences {

	static final String QUEUE = "events.showcases";

	@Bean
	EventConsumer eventsShowcases(JdbcClient jdbc) {
		return EventConsumer.queue(QUEUE).on(ShowcasePublished.class, (showcase, received) -> {
			if (showcase.owner() != null) {
				jdbc.sql("insert into showcase_ref (subject, slug, display_name, business_name)"
						+ " values (?, ?, ?, ?) on conflict (subject) do update set slug = excluded.slug,"
						+ " display_name = excluded.display_name, business_name = excluded.business_name")
					.params(showcase.owner(), showcase.slug(), showcase.displayName(), showcase.businessName())
					.update();
			}
		})
			.on(ShowcaseWithdrawn.class, (withdrawn,
					received) -> jdbc.sql("delete from showcase_ref where slug = ?").param(withdrawn.slug()).update());
	}

}
