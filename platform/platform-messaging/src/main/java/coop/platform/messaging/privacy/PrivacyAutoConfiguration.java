package coop.platform.messaging.privacy;

import java.time.Clock;

import coop.platform.messaging.EventConsumer;
import coop.platform.messaging.Outbox;
import coop.platform.messaging.jdbc.JdbcMessagingAutoConfiguration;
import coop.platform.messaging.mongo.MongoMessagingAutoConfiguration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A service that declares its {@link PersonalData} answers GDPR requests on its queue
 * {@code coop.personal-data.queue} (default {@code <application>.privacy}): through the
 * outbox when it has one (PostgreSQL), else in MongoDB's {@code privacy_answers}.
 */
@AutoConfiguration(after = { JdbcMessagingAutoConfiguration.class, MongoMessagingAutoConfiguration.class })
@ConditionalOnBean(PersonalData.class)
public class PrivacyAutoConfiguration {

	@Bean
	EventConsumer privacyRequestsConsumer(PersonalData data, PrivacyAnswers answers, Clock clock,
			@Value("${spring.application.name:application}") String service,
			@Value("${coop.personal-data.queue:${spring.application.name:application}.privacy}") String queue) {
		return PrivacyRequests.consumer(queue, data, answers, clock, service);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(Outbox.class)
	static class OutboxAnswers {

		@Bean
		PrivacyAnswers privacyAnswers(Outbox outbox) {
			return new OutboxPrivacyAnswers(outbox);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MongoTemplate.class)
	@ConditionalOnMissingBean(Outbox.class)
	@ConditionalOnBean(MongoTemplate.class)
	static class MongoAnswers {

		@Bean
		PrivacyAnswers privacyAnswers(MongoTemplate mongo) {
			return new MongoPrivacyAnswers(mongo);
		}

	}

}
