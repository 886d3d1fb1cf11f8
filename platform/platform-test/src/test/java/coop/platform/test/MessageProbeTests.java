package coop.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class MessageProbeTests {

	private static final Duration SHORT = Duration.ofMillis(50);

	private final AmqpAdmin admin = mock(AmqpAdmin.class);

	private final AmqpTemplate template = mock(AmqpTemplate.class);

	/** What the broker holds for the probe's queue. */
	private final Deque<String> queued = new ArrayDeque<>();

	private MessageProbe<String> probe;

	@BeforeEach
	void probe() {
		given(this.template.receive(anyString(), anyLong())).willAnswer((call) -> {
			String body = this.queued.poll();
			return (body != null) ? new Message(body.getBytes(StandardCharsets.UTF_8), new MessageProperties()) : null;
		});
		this.probe = MessageProbe.bind(this.admin, this.template, (body) -> new String(body, StandardCharsets.UTF_8),
				"events.#", "privacy.request.answered");
	}

	@Test
	void itsQueueIsBoundToEachKeyAndDeletedOnClose() {
		verify(this.admin).declareQueue(any(Queue.class));
		verify(this.admin, times(2)).declareBinding(any(Binding.class));
		this.probe.close();
		verify(this.admin).deleteQueue(this.probe.queueName());
		assertThat(this.probe.queueName()).startsWith("test.probe.");
	}

	@Test
	void awaitSeesEveryMessageReceivedSoFar() {
		this.queued.addAll(java.util.List.of("a1", "b1", "a2"));
		assertThat(this.probe.await((m) -> m.startsWith("b"), 1, SHORT)).containsExactly("b1");
		assertThat(this.probe.await((m) -> m.startsWith("a"), 2, SHORT)).containsExactly("a1", "a2");
		assertThat(this.probe.first((m) -> m.startsWith("a"), SHORT)).isEqualTo("a1");
		assertThat(this.probe.await((m) -> m.startsWith("c"), 1, SHORT)).isEmpty();
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> this.probe.first((m) -> m.equals("c"), SHORT));
	}

	@Test
	void nextTakesEachMessageOnceInOrder() {
		this.queued.addAll(java.util.List.of("submitted", "rejected", "submitted again", "validated"));
		assertThat(this.probe.next(1, SHORT)).containsExactly("submitted");
		assertThat(this.probe.nextMatching((m) -> m.startsWith("submitted"), SHORT)).isEqualTo("submitted again");
		assertThat(this.probe.next(3, SHORT)).as("fewer when the time ran out").containsExactly("validated");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.probe.nextMatching((m) -> m.startsWith("submitted"), SHORT));
	}

	@Test
	void drainTakesWhatCameMeanwhile() {
		this.queued.addAll(java.util.List.of("shared"));
		assertThat(this.probe.nextMatching("shared"::equals, SHORT)).isEqualTo("shared");
		assertThat(this.probe.drain(SHORT)).as("told once").isEmpty();
		this.queued.addAll(java.util.List.of("reminder", "reminder"));
		assertThat(this.probe.drain(SHORT)).containsExactly("reminder", "reminder");
		assertThat(this.probe.received()).containsExactly("shared", "reminder", "reminder");
	}

}
