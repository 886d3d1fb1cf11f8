package coop.events;

import java.util.List;
import java.util.UUID;

import coop.events.agenda.AgendaEvent;
import coop.platform.messaging.MessageEnvelope;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What ops see: the trace id of a request travels with the messages it causes, and the
 * metrics are served to the machine in Prometheus' format.
 */
class ObservabilityIT extends EventsIntegrationTest {

	@Test
	void theTraceOfARequestTravelsWithTheMessagesItCauses() {
		String trace = UUID.randomUUID().toString().replace("-", "");
		AgendaEvent meeting = meeting(5);
		String email = email("trace");
		this.client.post()
			.uri("/api/events/public/events/" + meeting.id() + "/registrations")
			.header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
			.contentType(MediaType.APPLICATION_JSON)
			.body(person(email))
			.exchange()
			.expectStatus()
			.isCreated();
		List<MessageEnvelope> confirmed = messages("events.registration.confirmed", 1);
		assertThat(confirmed).anySatisfy((envelope) -> {
			assertThat(envelope.payload().toString()).contains(email);
			assertThat(envelope.traceparent()).startsWith("00-" + trace + "-");
		});
	}

	@Test
	void prometheusReadsRequestsAndTheOutboxFromTheMachine() {
		this.client.get().uri("/api/events/public/events?size=1").exchange().expectStatus().isOk();
		String metrics = this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(metrics).contains("http_server_requests_seconds_count")
			.contains("coop_outbox_pending")
			.contains("jvm_memory_used_bytes");
	}

}
