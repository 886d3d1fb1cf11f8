package coop.notification.showcase;

import coop.notification.inbound.Delivery;
import coop.notification.inbound.Mailings;
import coop.platform.contracts.members.ShowcaseContacted;
import coop.platform.contracts.members.ShowcaseRejected;
import coop.platform.contracts.members.ShowcaseSubmitted;
import coop.platform.contracts.members.ShowcaseValidated;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes members-service's showcase messages: one e-mail per recipient, each sent once.
 */
@Configuration(proxyBeanMethods = false)
class ShowcaseMessages {

	static final String QUEUE = "notification.showcases";

	@Bean
	EventConsumer showcaseConsumer(Mailings mailings, ShowcaseMails mails) {
		return EventConsumer.queue(QUEUE)
			.onEach(ShowcaseSubmitted.class,
					mailings.of((submitted, at) -> mails.submitted(submitted).stream().map(Delivery::of).toList()))
			.onEach(ShowcaseValidated.class,
					mailings.of((validated, at) -> mails.validated(validated).stream().map(Delivery::of).toList()))
			.onEach(ShowcaseRejected.class,
					mailings.of((rejected, at) -> mails.rejected(rejected).stream().map(Delivery::of).toList()))
			.onEach(ShowcaseContacted.class,
					mailings.of((contacted, at) -> mails.contacted(contacted).stream().map(Delivery::of).toList()));
	}

}
