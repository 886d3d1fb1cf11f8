package coop.notification.questions;

import coop.notification.inbound.Delivery;
import coop.notification.inbound.Mailings;
import coop.platform.contracts.resources.AnswerAccepted;
import coop.platform.contracts.resources.QuestionAnswered;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes what happens in the questions-and-answers space: one e-mail to the asker per
 * answer, one to each follower when an answer is accepted.
 */
@Configuration(proxyBeanMethods = false)
class QuestionMessages {

	static final String QUEUE = "notification.questions";

	@Bean
	EventConsumer questionsConsumer(Mailings mailings, QuestionMails mails) {
		return EventConsumer.queue(QUEUE)
			.onEach(QuestionAnswered.class,
					mailings.of((answered, at) -> mails.answered(answered).stream().map(Delivery::of).toList()))
			.onEach(AnswerAccepted.class,
					mailings.of((accepted, at) -> mails.accepted(accepted).stream().map(Delivery::of).toList()));
	}

}
