package coop.notification.file;

import coop.notification.inbound.Delivery;
import coop.notification.inbound.Mailings;
import coop.platform.contracts.members.FileDocumentShared;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes members-service's personal file messages: one e-mail per recipient, each sent
 * once.
 */
@Configuration(proxyBeanMethods = false)
class FileMessages {

	static final String QUEUE = "notification.files";

	@Bean
	EventConsumer fileConsumer(Mailings mailings, FileMails mails) {
		return EventConsumer.queue(QUEUE)
			.onEach(FileDocumentShared.class,
					mailings.of((shared, at) -> mails.documentShared(shared).stream().map(Delivery::of).toList()));
	}

}
