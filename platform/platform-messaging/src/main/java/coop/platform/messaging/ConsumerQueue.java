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
		bind(declarables, main, exchange, routingKeys);
		declarables.add(BindingBuilder.bind(deadLetters).to(deadLetterExchange).with(queue));
		return new Declarables(declarables);
	}

	/**
	 * An instance's own queue: gone with its connection, redeclared with it, without dead
	 * letters (what it carries is transient).
	 */
	static Declarables declareForInstance(MessagingProperties properties, String queue, String... routingKeys) {
		Queue own = QueueBuilder.nonDurable(queue).exclusive().autoDelete().build();
		List<Declarable> declarables = new ArrayList<>(List.of(own));
		bind(declarables, own, MessagingTopology.exchange(properties), routingKeys);
		return new Declarables(declarables);
	}

	private static void bind(List<Declarable> declarables, Queue queue, TopicExchange exchange, String... routingKeys) {
		for (String key : routingKeys) {
			Binding binding = BindingBuilder.bind(queue).to(exchange).with(key);
			declarables.add(binding);
		}
	}

}
