package coop.platform.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

class EventConsumerTests {

	private static final Instant AT = Instant.parse("2027-01-12T08:30:00Z");

	private final MemoryInbox inbox = new MemoryInbox();

	private final List<String> done = new ArrayList<>();

	@Test
	void theQueueIsBoundToTheTypesOfTheRecordsHandled() {
		EventConsumer consumer = EventConsumer.queue("test.orders").on(OrderPlaced.class, (placed, received) -> {
		}).onEach(OrderShipped.class, (shipped, received) -> List.of());
		assertThat(consumer.queueName()).isEqualTo("test.orders");
		assertThat(consumer.routingKeys()).containsExactly("test.order.placed", "test.order.shipped");
	}

	@Test
	void eachMessageGoesToTheHandlerOfItsTypeWithItsTime() {
		EventConsumer consumer = EventConsumer.queue("test.orders")
			.on(OrderPlaced.class,
					(placed, received) -> this.done.add("placed " + placed.number() + " at " + received.occurredAt()))
			.on(OrderShipped.class, (shipped, received) -> this.done.add("shipped " + shipped.number()));
		consumer.consume(MessageEnvelope.of(new OrderShipped(7, List.of()), AT), this.inbox);
		consumer.consume(MessageEnvelope.of(new OrderPlaced(8), AT), this.inbox);
		assertThat(this.done).containsExactly("shipped 7", "placed 8 at " + AT);
	}

	@Test
	void aRedeliveredMessageIsActedOnOnce() {
		EventConsumer consumer = EventConsumer.queue("test.orders")
			.on(OrderPlaced.class, (placed, received) -> this.done.add("placed " + placed.number()));
		MessageEnvelope envelope = MessageEnvelope.of(new OrderPlaced(1), AT);
		consumer.consume(envelope, this.inbox);
		consumer.consume(envelope, this.inbox);
		assertThat(this.done).containsExactly("placed 1");
	}

	@Test
	void aFailedHandlerLeavesTheMessageToBeHandledOnRedelivery() {
		int[] attempts = { 0 };
		EventConsumer consumer = EventConsumer.queue("test.orders").on(OrderPlaced.class, (placed, received) -> {
			if (attempts[0]++ == 0) {
				throw new IllegalStateException("the database is away");
			}
			this.done.add("placed " + placed.number());
		});
		MessageEnvelope envelope = MessageEnvelope.of(new OrderPlaced(1), AT);
		assertThatRuntimeException().isThrownBy(() -> consumer.consume(envelope, this.inbox));
		consumer.consume(envelope, this.inbox);
		consumer.consume(envelope, this.inbox);
		assertThat(this.done).containsExactly("placed 1");
	}

	@Test
	void theHandlerLogsInTheTraceOfTheRequestThatPublishedTheEvent() {
		MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
		MDC.put("spanId", "00f067aa0ba902b7");
		MessageEnvelope envelope;
		try {
			envelope = MessageEnvelope.of(new OrderPlaced(3), AT);
		}
		finally {
			MDC.clear();
		}
		assertThat(envelope.traceparent()).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
		assertThat(MessageEnvelope.fromJson(envelope.toJson())).isEqualTo(envelope);
		EventConsumer consumer = EventConsumer.queue("test.orders")
			.on(OrderPlaced.class, (placed, received) -> this.done.add(MDC.get("traceId")));
		consumer.consume(envelope, this.inbox);
		assertThat(this.done).containsExactly("4bf92f3577b34da6a3ce929d0e0e4736");
		assertThat(MDC.get("traceId")).as("the trace ends with the handling").isNull();
	}

	@Test
	void anEventOutsideAnyTraceTravelsWithoutOne() {
		MessageEnvelope envelope = MessageEnvelope.of(new OrderPlaced(4), AT);
		assertThat(envelope.traceparent()).isNull();
		assertThat(envelope.toJson()).doesNotContain("traceparent");
		EventConsumer consumer = EventConsumer.queue("test.orders")
			.on(OrderPlaced.class, (placed, received) -> this.done.add(String.valueOf(MDC.get("traceId"))));
		consumer.consume(envelope, this.inbox);
		assertThat(this.done).containsExactly("null");
	}

	@Test
	void aTypeWithoutHandlerIsIgnored() {
		EventConsumer consumer = EventConsumer.queue("test.orders")
			.on(OrderPlaced.class, (placed, received) -> this.done.add("placed"));
		consumer.consume(MessageEnvelope.of(new OrderShipped(1, List.of()), AT), this.inbox);
		assertThat(this.done).isEmpty();
		assertThat(this.inbox.markers).isEmpty();
	}

	@Test
	void partsAreActedOnOnceEachAndARedeliveryRunsOnlyThoseThatFailed() {
		Set<String> refusing = new HashSet<>(Set.of("b"));
		EventConsumer consumer = EventConsumer.queue("test.orders")
			.onEach(OrderShipped.class,
					(shipped, received) -> shipped.recipients()
						.stream()
						.map((recipient) -> new EventConsumer.Part(recipient, () -> {
							if (refusing.remove(recipient)) {
								throw new IllegalStateException("mail server refused " + recipient);
							}
							this.done.add(recipient);
						}))
						.toList());
		MessageEnvelope envelope = MessageEnvelope.of(new OrderShipped(1, List.of("a", "b", "c")), AT);
		assertThatRuntimeException().isThrownBy(() -> consumer.consume(envelope, this.inbox));
		consumer.consume(envelope, this.inbox);
		consumer.consume(envelope, this.inbox);
		assertThat(this.done).containsExactly("a", "b", "c");
	}

	@Test
	void aTypeIsHandledOncePerConsumer() {
		EventConsumer consumer = EventConsumer.queue("test.orders").on(OrderPlaced.class, (placed, received) -> {
		});
		assertThatIllegalStateException().isThrownBy(() -> consumer.on(OrderPlaced.class, (placed, received) -> {
		}));
	}

	@Test
	void aRecordWithoutEventTypeIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventConsumer.queue("test.orders").on(Untyped.class, (untyped, received) -> {
			}));
	}

	@Test
	void eachInstanceHasAQueueOfItsOwnAndHearsEveryMessageWithoutTheInbox() {
		EventConsumer first = EventConsumer.everyInstance("test.live")
			.on(OrderPlaced.class, (placed, received) -> this.done.add("first " + placed.number()));
		EventConsumer second = EventConsumer.everyInstance("test.live")
			.on(OrderPlaced.class, (placed, received) -> this.done.add("second " + placed.number()));
		assertThat(first.queueName()).startsWith("test.live.").isNotEqualTo(second.queueName());
		assertThat(first.isEveryInstance()).isTrue();
		assertThat(first.routingKeys()).containsExactly("test.order.placed");
		MessageEnvelope envelope = MessageEnvelope.of(new OrderPlaced(3), AT);
		first.consume(envelope, this.inbox);
		second.consume(envelope, this.inbox);
		assertThat(this.done).containsExactly("first 3", "second 3");
		assertThat(this.inbox.markers).isEmpty();
	}

	@Test
	void partsActedOnOnceNeedASharedQueue() {
		assertThatIllegalStateException().isThrownBy(() -> EventConsumer.everyInstance("test.live")
			.onEach(OrderShipped.class, (shipped, received) -> List.of()));
	}

	@EventType("test.order.placed")
	record OrderPlaced(int number) implements IntegrationEvent {
	}

	@EventType("test.order.shipped")
	record OrderShipped(int number, List<String> recipients) implements IntegrationEvent {
	}

	record Untyped(int number) implements IntegrationEvent {
	}

	/** The JDBC inbox's contract without the database: marker and action together. */
	static final class MemoryInbox implements Inbox {

		final Set<String> markers = new HashSet<>();

		@Override
		public boolean handleOnce(String consumer, MessageEnvelope envelope, Runnable action) {
			String marker = consumer + " " + envelope.eventId();
			if (this.markers.contains(marker)) {
				return false;
			}
			action.run();
			this.markers.add(marker);
			return true;
		}

	}

}
