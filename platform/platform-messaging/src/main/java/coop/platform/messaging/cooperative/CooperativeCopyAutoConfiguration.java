package coop.platform.messaging.cooperative;

import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.messaging.EventConsumer;
import coop.platform.messaging.jdbc.JdbcMessagingAutoConfiguration;
import coop.platform.messaging.mongo.MongoMessagingAutoConfiguration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Every service with a store keeps its copy of the cooperative's settings from
 * {@code members.cooperative.changed}, on its own queue {@code <application>.cooperative}
 * (the services start before members-service publishes, so the first settings reach
 * them). members-service, which owns the settings, turns the consumer off
 * ({@code coop.cooperative-copy.enabled=false}: its copy stays empty, it reads its own
 * settings); so do tests that must not hear other tests' settings.
 */
@AutoConfiguration(after = { JdbcMessagingAutoConfiguration.class, MongoMessagingAutoConfiguration.class })
@ConditionalOnBean(CooperativeStore.class)
public class CooperativeCopyAutoConfiguration {

	@Bean
	CooperativeCopy cooperativeCopy(CooperativeStore store) {
		return new CooperativeCopy(store);
	}

	@Bean
	@ConditionalOnProperty(name = "coop.cooperative-copy.enabled", matchIfMissing = true)
	EventConsumer cooperativeCopyConsumer(CooperativeCopy copy,
			@Value("${spring.application.name:application}") String application) {
		return EventConsumer.queue(application + ".cooperative")
			.on(CooperativeChanged.class, (changed, received) -> copy.keep(changed));
	}

}
