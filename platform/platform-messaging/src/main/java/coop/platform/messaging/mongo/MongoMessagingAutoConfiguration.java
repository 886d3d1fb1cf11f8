package coop.platform.messaging.mongo;

import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.MessagingAutoConfiguration;
import java.time.Clock;

import coop.platform.messaging.Inbox;
import coop.platform.messaging.MessagingProperties;
import coop.platform.messaging.OutboxHealthIndicator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Outbox relay and inbox for services on MongoDB.
 */
@AutoConfiguration(after = MessagingAutoConfiguration.class,
		afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(MongoTemplate.class)
@ConditionalOnBean(MongoTemplate.class)
public class MongoMessagingAutoConfiguration {

	@Bean
	MongoOutboxRelay mongoOutboxRelay(MongoTemplate mongo, BrokerPublisher publisher, MessagingProperties properties) {
		return new MongoOutboxRelay(mongo, publisher, properties);
	}

	@Bean
	Inbox inbox(MongoTemplate mongo, Clock clock) {
		return new MongoInbox(mongo, clock);
	}

	@Bean
	MongoAccountStatusStore accountStatusStore(MongoTemplate mongo) {
		return new MongoAccountStatusStore(mongo);
	}

	@Bean
	MongoCooperativeStore cooperativeStore(MongoTemplate mongo) {
		return new MongoCooperativeStore(mongo);
	}

	@Bean
	OutboxHealthIndicator outboxHealthIndicator(MongoOutboxRelay relay) {
		return new OutboxHealthIndicator(relay::pendingCount);
	}

}
