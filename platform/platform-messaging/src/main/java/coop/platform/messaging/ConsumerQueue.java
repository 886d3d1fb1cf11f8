package coop.platform.messaging;

import java.util.ArrayList;
import java.util.List;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;

/**
 * A consumer's own durable queue bound to the routing keys it needs, with its dead-letter
 * queue ({@code <queue>.dlq}) where a message lands once retries are exhausted, so that
 * nothing is dropped.
 */
final class ConsumerQueue {

	private ConsumerQueue() {
	}

	static Declarables declare(MessagingProperties properties, String queue, String... routingKeys) {
		Queue main = QueueBuilder.durable(queue)
			.deadLetterExchange(properties.deadLetterExchange())
			.deadLetterRoutingKey(queue)
			.build();
		Queue deadLetters = QueueBuilder.durable(queue + ".dlq").build();
		TopicExchange exchange = MessagingTopology.exchange(properties);
		DirectExchange deadLetterExchange = MessagingTopology.deadLetterExchange(properties);
		List<Declarable> declarables = new ArrayList<>(List.of(main, deadLetters));
		for (String key : routingKeys) {
			Binding binding = BindingBuilder.bind(main).to(exchange).with(key);
			declarables.add(binding);
		}
		declarables.add(BindingBuilder.bind(deadLetters).to(deadLetterExchange).with(queue));
		return new Declarables(declarables);
	}

}
