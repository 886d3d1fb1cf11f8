package coop.platform.messaging;

import java.time.Clock;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The backbone every service shares: the exchanges and the confirming publisher.
 */
@AutoConfiguration(afterName = "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration")
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

	@Bean
	Declarables messagingTopology(MessagingProperties properties) {
		return MessagingTopology.declarables(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	BrokerPublisher brokerPublisher(RabbitTemplate rabbitTemplate, MessagingProperties properties) {
		return new BrokerPublisher(rabbitTemplate, properties);
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
