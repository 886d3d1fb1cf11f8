package coop.notification.accounting;

import coop.notification.inbound.Delivery;
import coop.notification.inbound.Mailings;
import coop.platform.contracts.dashboard.AccountingImportFinished;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes the end of each import of dashboard-service; an import with rows kept aside,
 * or a refused file, sends its report to the accounting mailbox.
 */
@Configuration(proxyBeanMethods = false)
class AccountingMessages {

	static final String QUEUE = "notification.accounting";

	@Bean
	EventConsumer accountingConsumer(Mailings mailings, AccountingMails mails) {
		return EventConsumer.queue(QUEUE)
			.onEach(AccountingImportFinished.class,
					mailings.of((finished, at) -> mails.finished(finished).stream().map(Delivery::of).toList()));
	}

}
