package coop.platform.messaging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.annotation.RabbitListenerConfigurer;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerEndpoint;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistrar;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Listens to the queue of every {@link EventConsumer} bean with the service's listener
 * container factory (retries, then the dead-letter queue), and declares those queues
 * bound to the types each consumer handles.
 */
class EventConsumerListeners implements RabbitListenerConfigurer {

	private final ObjectProvider<EventConsumer> consumers;

	private final ObjectProvider<Inbox> inbox;

	EventConsumerListeners(ObjectProvider<EventConsumer> consumers, ObjectProvider<Inbox> inbox) {
		this.consumers = consumers;
		this.inbox = inbox;
	}

	@Override
	public void configureRabbitListeners(RabbitListenerEndpointRegistrar registrar) {
		List<EventConsumer> all = consumers(this.consumers);
		if (all.isEmpty()) {
			return;
		}
		Inbox inbox = this.inbox.getIfAvailable();
		List<String> needInbox = all.stream()
			.filter((consumer) -> !consumer.isEveryInstance())
			.map(EventConsumer::queueName)
			.toList();
		if (inbox == null && !needInbox.isEmpty()) {
			// an instance's own consumers run without the inbox: a service without a
			// store (the gateway) may have those only
			throw new IllegalStateException(
					"Event consumers " + needInbox + " need an inbox: a DataSource or a MongoTemplate");
		}
		for (EventConsumer consumer : all) {
			SimpleRabbitListenerEndpoint endpoint = new SimpleRabbitListenerEndpoint();
			endpoint.setId("coop-consumer-" + consumer.queueName());
			endpoint.setQueueNames(consumer.queueName());
			endpoint
				.setMessageListener((message) -> consumer.consume(MessageEnvelope.fromJson(message.getBody()), inbox));
			registrar.registerEndpoint(endpoint);
		}
	}

	static Declarables queues(ObjectProvider<EventConsumer> consumers, MessagingProperties properties) {
		List<Declarable> declarables = new ArrayList<>();
		for (EventConsumer consumer : consumers(consumers)) {
			String[] keys = consumer.routingKeys().toArray(String[]::new);
			declarables.addAll((consumer.isEveryInstance())
					? ConsumerQueue.declareForInstance(properties, consumer.queueName(), keys).getDeclarables()
					: ConsumerQueue.declare(properties, consumer.queueName(), keys).getDeclarables());
		}
		return new Declarables(declarables);
	}

	private static List<EventConsumer> consumers(ObjectProvider<EventConsumer> provider) {
		List<EventConsumer> all = provider.orderedStream().toList();
		Set<String> queues = new HashSet<>();
		for (EventConsumer consumer : all) {
			if (consumer.routingKeys().isEmpty()) {
				throw new IllegalStateException(consumer.queueName() + " handles no event type");
			}
			if (!queues.add(consumer.queueName())) {
				throw new IllegalStateException("Two event consumers share the queue " + consumer.queueName());
			}
		}
		return all;
	}

}
