package coop.notification.resource;

import coop.notification.inbound.Delivery;
import coop.notification.inbound.Mailings;
import coop.platform.contracts.resources.ResourceRejected;
import coop.platform.contracts.resources.ResourceReviewDue;
import coop.platform.contracts.resources.ResourceSubmitted;
import coop.platform.contracts.resources.ResourceValidated;
import coop.platform.contracts.resources.ResourceWithdrawn;
import coop.platform.contracts.resources.ToolShared;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes resources-service's contribution messages and its own tools shared with a
 * coach: one e-mail per recipient, each sent once.
 */
@Configuration(proxyBeanMethods = false)
class ResourceMessages {

	static final String QUEUE = "notification.resources";

	@Bean
	EventConsumer resourceConsumer(Mailings mailings, ResourceMails mails) {
		return EventConsumer.queue(QUEUE)
			.onEach(ResourceSubmitted.class,
					mailings.of((submitted, at) -> mails.submitted(submitted).stream().map(Delivery::of).toList()))
			.onEach(ResourceValidated.class,
					mailings.of((validated, at) -> mails.validated(validated).stream().map(Delivery::of).toList()))
			.onEach(ResourceRejected.class,
					mailings.of((rejected, at) -> mails.rejected(rejected).stream().map(Delivery::of).toList()))
			.onEach(ResourceWithdrawn.class,
					mailings.of((withdrawn, at) -> mails.withdrawn(withdrawn).stream().map(Delivery::of).toList()))
			.onEach(ResourceReviewDue.class,
					mailings.of((due, at) -> mails.reviewDue(due).stream().map(Delivery::of).toList()))
			.onEach(ToolShared.class,
					mailings.of((shared, at) -> mails.toolShared(shared).stream().map(Delivery::of).toList()));
	}

}
