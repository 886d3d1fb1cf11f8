package coop.platform.messaging;

import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.ExchangeBuilder;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;

/**
 * The exchanges every service declares identically: the topic exchange, its alternate
 * exchange whose queue keeps messages published before any consumer bound a queue for
 * them, and the dead-letter exchange.
 */
public final class MessagingTopology {

	private MessagingTopology() {
	}

	static TopicExchange exchange(MessagingProperties properties) {
		return ExchangeBuilder.topicExchange(properties.exchange())
			.durable(true)
			.alternate(properties.unroutedExchange())
			.build();
	}

	static DirectExchange deadLetterExchange(MessagingProperties properties) {
		return ExchangeBuilder.directExchange(properties.deadLetterExchange()).durable(true).build();
	}

	static Declarables declarables(MessagingProperties properties) {
		FanoutExchange unrouted = ExchangeBuilder.fanoutExchange(properties.unroutedExchange()).durable(true).build();
		Queue unroutedQueue = QueueBuilder.durable(properties.unroutedExchange()).build();
		return new Declarables(exchange(properties), deadLetterExchange(properties), unrouted, unroutedQueue,
				BindingBuilder.bind(unroutedQueue).to(unrouted));
	}

}
