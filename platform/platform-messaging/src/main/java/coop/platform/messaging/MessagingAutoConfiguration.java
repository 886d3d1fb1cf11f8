package coop.platform.messaging;

import java.time.Clock;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The backbone every service shares: the exchanges, the confirming publisher and the
 * listeners of the service's {@link EventConsumer}s.
 */
@AutoConfiguration(afterName = "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration")
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

	@Bean
	Declarables messagingTopology(MessagingProperties properties) {
		return MessagingTopology.declarables(properties);
	}

	@Bean
	EventConsumerListeners eventConsumerListeners(ObjectProvider<EventConsumer> consumers,
			ObjectProvider<Inbox> inbox) {
		return new EventConsumerListeners(consumers, inbox);
	}

	@Bean
	Declarables eventConsumerQueues(ObjectProvider<EventConsumer> consumers, MessagingProperties properties) {
		return EventConsumerListeners.queues(consumers, properties);
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

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
	static class Metrics {

		@Bean
		MessagingMetrics messagingMetrics(ObjectProvider<OutboxHealthIndicator> outbox,
				ObjectProvider<EventConsumer> consumers, ObjectProvider<AmqpAdmin> admin) {
			return new MessagingMetrics(outbox, consumers, admin);
		}

	}

}
