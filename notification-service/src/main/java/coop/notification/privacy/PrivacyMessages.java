package coop.notification.privacy;

import coop.notification.inbound.Delivery;
import coop.notification.inbound.Mailings;
import coop.platform.contracts.members.ErasureScheduled;
import coop.platform.contracts.members.PrivacyArchiveReady;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The e-mails of members-service's GDPR requests (this service's own part of each request
 * is {@link PrivacyData}, consumed by the platform).
 */
@Configuration(proxyBeanMethods = false)
class PrivacyMessages {

	@Bean
	EventConsumer privacyMailings(Mailings mailings, PrivacyMails mails) {
		return EventConsumer.queue("notification.privacy-mails")
			.onEach(PrivacyArchiveReady.class,
					mailings.of((ready, at) -> mails.archiveReady(ready).stream().map(Delivery::of).toList()))
			.onEach(ErasureScheduled.class, mailings
				.of((scheduled, at) -> mails.erasureScheduled(scheduled).stream().map(Delivery::of).toList()));
	}

}
