package coop.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import coop.events.agenda.AgendaEvent;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.MessageProbe;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration to an information meeting against the real PostgreSQL and broker: capacity
 * holds under simultaneous requests, the waiting list keeps arrival order, bad input
 * stores nothing, and each registration is told on the broker.
 */
class RegistrationIT extends EventsIntegrationTest {

	long stored(UUID event) {
		return this.jdbc.queryForObject("select count(*) from registration where event_id = ?", Long.class, event);
	}

	@Test
	void simultaneousRegistrationsNeverExceedTheCapacityAndTheRestWaitInOrder() throws Exception {
		AgendaEvent meeting = meeting(3);
		ExecutorService pool = Executors.newFixedThreadPool(12);
		List<Callable<String>> calls = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			String email = "personne" + i + "@example.org";
			calls.add(() -> new String(registerPublic(meeting.id(), person(email)).expectStatus()
				.isCreated()
				.expectBody()
				.returnResult()
				.getResponseBody()));
		}
		List<String> answers = new ArrayList<>();
		for (Future<String> answer : pool.invokeAll(calls)) {
			answers.add(answer.get());
		}
		pool.shutdown();

		assertThat(answers.stream().filter((a) -> a.contains("\"CONFIRMED\""))).hasSize(3);
		assertThat(answers.stream().filter((a) -> a.contains("\"WAITLISTED\""))).hasSize(21);
		List<Map<String, Object>> waiting = this.jdbc.queryForList(
				"select created_at from registration where event_id = ? and status = 'WAITLISTED' order by created_at",
				meeting.id());
		assertThat(waiting).hasSize(21);
		// positions told to people are 1..21 with no gap or repeat
		List<Integer> positions = answers.stream()
			.filter((a) -> a.contains("WAITLISTED"))
			.map((a) -> Integer.parseInt(a.replaceAll(".*position (\\d+).*", "$1")))
			.sorted()
			.toList();
		assertThat(positions).isEqualTo(java.util.stream.IntStream.rangeClosed(1, 21).boxed().toList());
		this.client.get()
			.uri("/api/events/public/events/{id}", meeting.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.seatsLeft")
			.isEqualTo(0)
			.jsonPath("$.capacity")
			.isEqualTo(3);
	}

	@Test
	void theSamePersonTwiceIsRefusedKindly() {
		AgendaEvent meeting = meeting(10);
		registerPublic(meeting.id(), person("lea.perrin@example.org")).expectStatus().isCreated();
		registerPublic(meeting.id(), person("Lea.Perrin@Example.org")).expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/already-registered")
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("déjà inscrit"));
		assertThat(stored(meeting.id())).isEqualTo(1);
	}

	@Test
	void badInputAnswersFrenchProblemsAndStoresNothing() {
		AgendaEvent meeting = meeting(10);
		registerPublic(meeting.id(),
				Map.of("firstName", "", "lastName", "Perrin", "email", "pas-une-adresse", "town", "Annecy", "consent",
						false))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/validation")
			.jsonPath("$.errors[?(@.field=='email')].message")
			.isEqualTo(List.of("Cette adresse e-mail n'est pas valide."))
			.jsonPath("$.errors[?(@.field=='firstName')].message")
			.isEqualTo(List.of("Indiquez votre prénom."))
			.jsonPath("$.errors[?(@.field=='consent')]")
			.exists();
		registerPublic(meeting.id(),
				Map.of("firstName", "x".repeat(1_000_000), "lastName", "Perrin", "email", "a@example.org", "town",
						"Annecy", "consent", true))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("firstName");
		registerPublic(meeting.id(),
				Map.of("firstName", "Léa", "lastName", "Perrin", "email", "a@example.org", "town", "Annecy", "consent",
						"oui-peut-être"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("consent");
		registerPublic(meeting.id(), Map.of("firstName", "Bot", "lastName", "Bot", "email", "bot@example.org", "town",
				"Annecy", "consent", true, "honeypot", "http://spam.example"))
			.expectStatus()
			.isBadRequest();
		assertThat(stored(meeting.id())).isZero();
	}

	@Test
	void anUnknownMeetingIsA404Problem() {
		registerPublic(UUID.randomUUID(), person("x@example.org")).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/not-found");
	}

	@Test
	void eachRegistrationIsToldOnTheBroker() {
		List<MessageEnvelope> received;
		try (MessageProbe<MessageEnvelope> probe = MessageProbe.bind(this.rabbitAdmin, this.rabbit,
				MessageEnvelope::fromJson, "events.registration.*")) {
			AgendaEvent meeting = meeting(1);
			registerPublic(meeting.id(), person("premiere@example.org")).expectStatus().isCreated();
			registerPublic(meeting.id(), person("seconde@example.org")).expectStatus().isCreated();
			received = probe.next(2, Duration.ofSeconds(20));
		}
		assertThat(received).extracting(MessageEnvelope::type)
			.containsExactly("events.registration.confirmed", "events.registration.waitlisted");
		assertThat(received.get(0).payload().path("attendee").path("email").asString())
			.isEqualTo("premiere@example.org");
		assertThat(received.get(0).payload().path("cancelUrl").asString()).contains("/inscriptions/annuler?jeton=");
	}

}
