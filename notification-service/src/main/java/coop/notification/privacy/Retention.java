package coop.notification.privacy;

import java.sql.Timestamp;

import coop.platform.contracts.privacy.RetentionKind;
import coop.platform.messaging.retention.RetentionRule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What notification-service deletes when its period ends (the platform's retention job
 * runs it daily, once across instances): the contact form's messages from their receipt,
 * the sent-mail log from the sending, reminders from the end of their event (by then no
 * late message can plan them again).
 */
@Configuration(proxyBeanMethods = false)
class Retention {

	@Bean
	RetentionRule contactMessagesRetention(JdbcTemplate jdbc) {
		return RetentionRule.of(RetentionKind.CONTACT_MESSAGES,
				(before) -> jdbc.update("delete from contact_message where received_at < ?", Timestamp.from(before)));
	}

	@Bean
	RetentionRule sentMailsRetention(JdbcTemplate jdbc) {
		return RetentionRule.of(RetentionKind.SENT_MAILS,
				(before) -> jdbc.update("delete from sent_mail where sent_at < ?", Timestamp.from(before)));
	}

	@Bean
	RetentionRule remindersRetention(JdbcTemplate jdbc) {
		return RetentionRule.of(RetentionKind.REMINDERS,
				(before) -> jdbc.update("delete from reminder where ends_at < ?", Timestamp.from(before)));
	}

}
