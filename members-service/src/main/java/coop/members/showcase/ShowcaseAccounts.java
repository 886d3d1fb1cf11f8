package coop.members.showcase;

import coop.platform.contracts.members.AccountDeactivated;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A deactivated account's showcase leaves the site (and search, and fairs, through
 * {@code members.showcase.withdrawn}).
 */
@Configuration(proxyBeanMethods = false)
class ShowcaseAccounts {

	@Bean
	EventConsumer deactivatedShowcases(ShowcaseEditing editing) {
		return EventConsumer.queue("members-service.showcases")
			.on(AccountDeactivated.class, (deactivated, received) -> editing.accountDeactivated(deactivated.subject()));
	}

}
