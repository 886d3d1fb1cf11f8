package coop.platform.test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;

/**
 * What a service published, as its consumers would see it: a queue of the test's own on
 * the platform's exchange {@code coop.events}, bound to the routing keys given. Each
 * message is read once with the reader (e.g. {@code MessageEnvelope::fromJson}) and kept,
 * in order, for the probe's life. Close it (in {@code @AfterEach}, or with
 * try-with-resources) to delete the queue.
 * <p>
 * Two ways to read: {@link #await} and {@link #first} look at every message received so
 * far, so a wait for one message never loses another (answers to several requests);
 * {@link #next}, {@link #nextMatching} and {@link #drain} take messages in order, each
 * once, for a test that follows a sequence (« submitted, then rejected, then submitted
 * again ») or checks that nothing more came.
 *
 * <pre class="code">
 * answers = MessageProbe.bind(admin, rabbit,
 *     (body) -&gt; MessageEnvelope.fromJson(body).payloadAs(PrivacyAnswered.class), "privacy.request.answered");
 * List&lt;PrivacyAnswered&gt; answered = answers.await((a) -&gt; a.requestId().equals(id), 1, Duration.ofSeconds(15));
 * </pre>
 *
 * @param <T> what the reader makes of a message's body
 */
public final class MessageProbe<T> implements AutoCloseable {

	/** The topic exchange every service publishes to. */
	public static final String EXCHANGE = "coop.events";

	private static final long RECEIVE_MILLIS = 300;

	private final AmqpAdmin admin;

	private final AmqpTemplate template;

	private final String queue;

	private final Function<byte[], T> reader;

	private final List<T> received = new ArrayList<>();

	/** How many of {@link #received} {@link #next} and the like have taken. */
	private int taken;

	private MessageProbe(AmqpAdmin admin, AmqpTemplate template, String queue, Function<byte[], T> reader) {
		this.admin = admin;
		this.template = template;
		this.queue = queue;
		this.reader = reader;
	}

	/**
	 * Declares the probe's queue (not durable, deleted by {@link #close()}) and binds it.
	 * @param routingKeys the types listened to; topic patterns allowed ({@code events.#})
	 */
	public static <T> MessageProbe<T> bind(AmqpAdmin admin, AmqpTemplate template, Function<byte[], T> reader,
			String... routingKeys) {
		if (routingKeys.length == 0) {
			throw new IllegalArgumentException("A probe listens to at least one routing key");
		}
		Queue queue = new Queue("test.probe." + UUID.randomUUID(), false, false, false);
		admin.declareQueue(queue);
		TopicExchange exchange = new TopicExchange(EXCHANGE);
		for (String key : routingKeys) {
			admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with(key));
		}
		return new MessageProbe<>(admin, template, queue.getName(), reader);
	}

	/**
	 * Waits until {@code count} of the messages received match, or the time is up; then
	 * every one received that matches, in order (fewer than {@code count} when the time
	 * ran out, more when more came), for the assertions to judge.
	 */
	public List<T> await(Predicate<? super T> matching, int count, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (received(matching).size() < count && Instant.now().isBefore(deadline)) {
			receiveOne();
		}
		return received(matching);
	}

	/**
	 * The first message received that matches, waiting for it at most {@code timeout}.
	 * @throws AssertionError when none came
	 */
	public T first(Predicate<? super T> matching, Duration timeout) {
		List<T> found = await(matching, 1, timeout);
		if (found.isEmpty()) {
			throw new AssertionError("no message as expected on " + this.queue + " within " + timeout);
		}
		return found.get(0);
	}

	/**
	 * The next {@code count} messages not taken yet, waiting for them at most
	 * {@code timeout} (fewer when the time ran out); a later take starts after them.
	 */
	public List<T> next(int count, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (this.received.size() - this.taken < count && Instant.now().isBefore(deadline)) {
			receiveOne();
		}
		return take(Math.min(count, this.received.size() - this.taken));
	}

	/**
	 * Takes the messages in order until one matches, waiting at most {@code timeout}, and
	 * gives that one (the ones before it are taken too).
	 * @throws AssertionError when none came
	 */
	public T nextMatching(Predicate<? super T> matching, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (true) {
			if (this.taken == this.received.size()) {
				if (!Instant.now().isBefore(deadline)) {
					throw new AssertionError("no message as expected on " + this.queue + " within " + timeout);
				}
				receiveOne();
				continue;
			}
			T message = take(1).get(0);
			if (matching.test(message)) {
				return message;
			}
		}
	}

	/**
	 * Waits the whole {@code within}, then takes every message not taken yet: what came
	 * meanwhile, to check that nothing (or only so much) did.
	 */
	public List<T> drain(Duration within) {
		Instant deadline = Instant.now().plus(within);
		while (Instant.now().isBefore(deadline)) {
			receiveOne();
		}
		return take(this.received.size() - this.taken);
	}

	/** Every message received so far, without waiting. */
	public List<T> received() {
		return List.copyOf(this.received);
	}

	/**
	 * The messages received so far that match, without waiting. The queue is read in
	 * order: once {@link #await} has the answer to a later request, an answer to an
	 * earlier one (handled before it by a service's one consumer) would be here, so a
	 * test proves that nothing more came without waiting out a timeout.
	 */
	public List<T> received(Predicate<? super T> matching) {
		return this.received.stream().filter(matching).toList();
	}

	public String queueName() {
		return this.queue;
	}

	@Override
	public void close() {
		this.admin.deleteQueue(this.queue);
	}

	private void receiveOne() {
		Message message = this.template.receive(this.queue, RECEIVE_MILLIS);
		if (message != null) {
			this.received.add(this.reader.apply(message.getBody()));
		}
	}

	private List<T> take(int count) {
		List<T> taken = List.copyOf(this.received.subList(this.taken, this.taken + count));
		this.taken += count;
		return taken;
	}

}
