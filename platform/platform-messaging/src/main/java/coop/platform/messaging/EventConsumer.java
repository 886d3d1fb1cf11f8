package coop.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import coop.platform.contracts.IntegrationEvent;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The one way a service consumes messages: a queue of its own and, for each event record
 * it handles, what to do with it. Declare it as a bean; the platform binds the queue to
 * the routing keys taken from the records' {@code @EventType} (with its dead-letter
 * queue), listens to it, and runs each handler through the {@link Inbox}, so that a
 * redelivered message is acted on once.
 *
 * <pre class="code">
 * &#64;Bean
 * EventConsumer registrationCounting(JdbcClient jdbc) {
 *   return EventConsumer.queue("dashboard.registrations")
 *     .on(RegistrationConfirmed.class, (confirmed, received) -&gt; count(jdbc, confirmed.event()))
 *     .on(RegistrationWaitlisted.class, (waitlisted, received) -&gt; count(jdbc, waitlisted.event()));
 * }
 * </pre>
 *
 * A message whose type has no handler (a binding left from an older version) is
 * acknowledged and ignored.
 */
public final class EventConsumer {

	private static final Log logger = LogFactory.getLog(EventConsumer.class);

	private final String queue;

	private final boolean everyInstance;

	private final Map<String, Route> routes = new LinkedHashMap<>();

	private EventConsumer(String queue, boolean everyInstance) {
		this.queue = queue;
		this.everyInstance = everyInstance;
	}

	/**
	 * @param name the consumer's own durable queue, {@code <service>.<what>}; also the
	 * consumer's name in the inbox, so keep it once messages have flowed
	 */
	public static EventConsumer queue(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("An event consumer needs a queue name");
		}
		return new EventConsumer(name, false);
	}

	/**
	 * A consumer on every running instance of the service, for what each instance must
	 * hear of itself (telling the browsers connected to it that figures changed): each
	 * instance gets a queue of its own, {@code <prefix>.<random>}, that lives as long as
	 * its connection (exclusive, auto-deleted, no dead letters). Handlers run without the
	 * inbox, on each instance, and act on what is transient: what they do must be
	 * harmless to repeat and to miss while the instance is down.
	 * @param prefix {@code <service>.<what>}
	 */
	public static EventConsumer everyInstance(String prefix) {
		if (prefix == null || prefix.isBlank()) {
			throw new IllegalArgumentException("An event consumer needs a queue name");
		}
		return new EventConsumer(prefix + "." + UUID.randomUUID().toString().substring(0, 8), true);
	}

	/**
	 * Handles each message of that type once: the handler and the inbox marker commit
	 * together.
	 */
	public <E extends IntegrationEvent> EventConsumer on(Class<E> type, Handler<E> handler) {
		Objects.requireNonNull(handler, "handler");
		return route(type, (envelope, inbox) -> {
			E event = envelope.payloadAs(type);
			Received received = Received.of(envelope);
			if (this.everyInstance) {
				handler.handle(event, received);
			}
			else {
				inbox.handleOnce(this.queue, envelope, () -> handler.handle(event, received));
			}
		});
	}

	/**
	 * Handles each message of that type in parts, each acted on once of its own (one
	 * e-mail per recipient): when one part fails, the redelivery runs only the parts
	 * still missing.
	 */
	public <E extends IntegrationEvent> EventConsumer onEach(Class<E> type, Splitter<E> splitter) {
		Objects.requireNonNull(splitter, "splitter");
		if (this.everyInstance) {
			throw new IllegalStateException(this.queue + ": parts acted on once need the inbox of a shared queue");
		}
		return route(type, (envelope, inbox) -> {
			E event = envelope.payloadAs(type);
			for (Part part : splitter.split(event, Received.of(envelope))) {
				inbox.handleOnce(this.queue, forPart(envelope, part.key()), part.action());
			}
		});
	}

	public String queueName() {
		return this.queue;
	}

	/** Whether each instance has a queue of its own ({@link #everyInstance(String)}). */
	public boolean isEveryInstance() {
		return this.everyInstance;
	}

	/** The routing keys the queue is bound to: the types handled. */
	public Collection<String> routingKeys() {
		return List.copyOf(this.routes.keySet());
	}

	/**
	 * Acts on one message; an exception leaves the inbox unmarked, so the broker's retry
	 * and then the dead-letter queue take over.
	 */
	public void consume(MessageEnvelope envelope, Inbox inbox) {
		Route route = this.routes.get(envelope.type());
		if (route == null) {
			logger.debug(this.queue + " has no handler for " + envelope.type() + ": ignored");
			return;
		}
		try (TraceContext.Scope scope = TraceContext.continueFrom(envelope.traceparent())) {
			route.consume(envelope, inbox);
		}
	}

	private EventConsumer route(Class<? extends IntegrationEvent> type, Route route) {
		String key = IntegrationEvent.typeOf(type).value();
		if (this.routes.putIfAbsent(key, route) != null) {
			throw new IllegalStateException(this.queue + " handles " + key + " twice");
		}
		return this;
	}

	/** The inbox key of one part: stable for a message and a part key. */
	private static MessageEnvelope forPart(MessageEnvelope envelope, String key) {
		UUID id = UUID.nameUUIDFromBytes((envelope.eventId() + " " + key).getBytes(StandardCharsets.UTF_8));
		return new MessageEnvelope(id, envelope.type(), envelope.occurredAt(), envelope.version(), envelope.payload(),
				envelope.traceparent());
	}

	/** What to do with an event. */
	@FunctionalInterface
	public interface Handler<E extends IntegrationEvent> {

		void handle(E event, Received received);

	}

	/** The parts an event is handled in; none to do nothing. */
	@FunctionalInterface
	public interface Splitter<E extends IntegrationEvent> {

		List<Part> split(E event, Received received);

	}

	/**
	 * One part of what an event causes.
	 *
	 * @param key tells the part apart from the others of the same message (an e-mail
	 * address); the same key for the same part on every delivery
	 * @param action what the part does, run once
	 */
	public record Part(String key, Runnable action) {

		public Part {
			Objects.requireNonNull(key, "key");
			Objects.requireNonNull(action, "action");
		}

	}

	@FunctionalInterface
	private interface Route {

		void consume(MessageEnvelope envelope, Inbox inbox);

	}

}
