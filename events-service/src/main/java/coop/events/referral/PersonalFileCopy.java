package coop.events.referral;

import coop.platform.contracts.members.PersonalFileChanged;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps {@link ReferralFiles} from members-service's {@code members.file.changed} (the
 * file's whole state; the newest {@code changedAt} wins).
 */
@Configuration(proxyBeanMethods = false)
class PersonalFileCopy {

	static final String QUEUE = "events-service.files";

	@Bean
	EventConsumer eventsPersonalFiles(ReferralFiles files) {
		return EventConsumer.queue(QUEUE).on(PersonalFileChanged.class, (changed, received) -> files.keep(changed));
	}

}
