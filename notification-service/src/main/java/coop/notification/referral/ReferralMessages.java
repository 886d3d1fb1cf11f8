package coop.notification.referral;

import coop.notification.inbound.Delivery;
import coop.notification.inbound.Mailings;
import coop.platform.contracts.events.ReferralProgressed;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes events-service's {@code events.referral.progressed}: one e-mail to the
 * prescriber, sent once (events-service tells each outcome once; the inbox skips a
 * message delivered twice).
 */
@Configuration(proxyBeanMethods = false)
class ReferralMessages {

	static final String QUEUE = "notification.referrals";

	@Bean
	EventConsumer referralConsumer(Mailings mailings, ReferralMails mails) {
		return EventConsumer.queue(QUEUE)
			.onEach(ReferralProgressed.class,
					mailings.of((progressed, at) -> mails.progressed(progressed).stream().map(Delivery::of).toList()));
	}

}
