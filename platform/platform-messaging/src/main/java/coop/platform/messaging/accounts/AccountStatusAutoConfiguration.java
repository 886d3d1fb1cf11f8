package coop.platform.messaging.accounts;

import coop.platform.contracts.members.AccountDeactivated;
import coop.platform.contracts.members.AccountReactivated;
import coop.platform.messaging.EventConsumer;
import coop.platform.messaging.jdbc.JdbcMessagingAutoConfiguration;
import coop.platform.messaging.mongo.MongoMessagingAutoConfiguration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/**
 * Every service with a store keeps its copy of deactivated accounts from
 * {@code members.account.*} messages, on its own queue {@code <application>.accounts}.
 */
@AutoConfiguration(after = { JdbcMessagingAutoConfiguration.class, MongoMessagingAutoConfiguration.class })
@ConditionalOnBean(AccountStatusStore.class)
public class AccountStatusAutoConfiguration {

	@Bean
	EventConsumer accountStatusConsumer(AccountStatusStore store,
			@Value("${spring.application.name:application}") String application) {
		return EventConsumer.queue(application + ".accounts")
			.on(AccountDeactivated.class,
					(deactivated, received) -> store.apply(deactivated.subject(), true, received.occurredAt()))
			.on(AccountReactivated.class,
					(reactivated, received) -> store.apply(reactivated.subject(), false, received.occurredAt()));
	}

}
