package coop.members.privacy;

import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.contracts.notification.PrivacyAsked;
import coop.platform.contracts.privacy.PrivacyAnswered;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * GDPR requests through messages: members-service's own part, the answers of every
 * service, and the requests people make through an e-mail's signed link.
 */
@Configuration(proxyBeanMethods = false)
class PrivacyMessages {

	@Bean
	EventConsumer ownPrivacyPart(OwnData own) {
		return EventConsumer.queue("members-service.privacy")
			.on(PrivacyRequested.class, (requested, received) -> own.handle(requested));
	}

	@Bean
	EventConsumer privacyAnswers(PrivacyService privacy) {
		return EventConsumer.queue("members-service.privacy-answers")
			.on(PrivacyAnswered.class, (answer, received) -> privacy.answered(answer));
	}

	@Bean
	EventConsumer privacyAskedByEmail(PrivacyService privacy) {
		return EventConsumer.queue("members-service.privacy-asked")
			.on(PrivacyAsked.class, (asked, received) -> privacy.askedByEmailLink(asked.email(), asked.kind()));
	}

}
