package coop.platform.messaging;

import java.util.Properties;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What ops watch of the backbone, read when metrics are scraped:
 * {@code coop.outbox.pending} (messages waiting for the broker) and
 * {@code coop.queue.depth} per queue of the service's consumers (messages waiting for the
 * service; unknown while the broker is away).
 */
public class MessagingMetrics implements MeterBinder {

	private final ObjectProvider<OutboxHealthIndicator> outbox;

	private final ObjectProvider<EventConsumer> consumers;

	private final ObjectProvider<AmqpAdmin> admin;

	public MessagingMetrics(ObjectProvider<OutboxHealthIndicator> outbox, ObjectProvider<EventConsumer> consumers,
			ObjectProvider<AmqpAdmin> admin) {
		this.outbox = outbox;
		this.consumers = consumers;
		this.admin = admin;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.outbox.ifAvailable((outbox) -> Gauge.builder("coop.outbox.pending", outbox, OutboxHealthIndicator::pending)
			.description("Messages written by the service that wait for the broker")
			.register(registry));
		this.consumers.orderedStream().filter((consumer) -> !consumer.isEveryInstance()).forEach((consumer) -> {
			String queue = consumer.queueName();
			Gauge.builder("coop.queue.depth", this, (metrics) -> metrics.depth(queue))
				.description("Messages waiting in the queue of one of the service's consumers")
				.tag("queue", queue)
				.register(registry);
		});
	}

	private double depth(String queue) {
		try {
			AmqpAdmin admin = this.admin.getIfAvailable();
			Properties properties = (admin != null) ? admin.getQueueProperties(queue) : null;
			Object count = (properties != null) ? properties.get(RabbitAdmin.QUEUE_MESSAGE_COUNT) : null;
			return (count instanceof Number number) ? number.doubleValue() : Double.NaN;
		}
		catch (RuntimeException brokerAway) {
			return Double.NaN;
		}
	}

}
