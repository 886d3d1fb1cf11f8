package coop.platform.messaging.accounts;

import coop.platform.messaging.ConsumerQueue;
import coop.platform.messaging.MessagingProperties;
import coop.platform.messaging.jdbc.JdbcMessagingAutoConfiguration;
import coop.platform.messaging.mongo.MongoMessagingAutoConfiguration;

import org.springframework.amqp.core.Declarables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/**
 * Every service with a store keeps its copy of deactivated accounts.
 */
@AutoConfiguration(after = { JdbcMessagingAutoConfiguration.class, MongoMessagingAutoConfiguration.class })
@ConditionalOnBean(AccountStatusStore.class)
public class AccountStatusAutoConfiguration {

	@Bean
	Declarables accountStatusQueue(MessagingProperties properties,
			@Value("${spring.application.name:application}") String application) {
		return ConsumerQueue.declare(properties, application + ".accounts", "members.account.*");
	}

	@Bean
	AccountStatusListener accountStatusListener(AccountStatusStore store) {
		return new AccountStatusListener(store);
	}

}
