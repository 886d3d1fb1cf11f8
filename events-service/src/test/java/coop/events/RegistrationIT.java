package coop.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import coop.events.agenda.AgendaEvent;
import coop.events.agenda.AgendaEvents;
import coop.events.agenda.Audience;
import coop.events.agenda.EventKind;
import coop.events.agenda.Place;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration to an information meeting against the real PostgreSQL and broker: capacity
 * holds under simultaneous requests, the waiting list keeps arrival order, bad input
 * stores nothing, and each registration is told on the broker.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
class RegistrationIT {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.postgres("events_it").register(registry);
		TestServers.rabbit().register(registry);
		TestServers.keycloak().register(registry);
	}

	@Value("${local.server.port}")
	int port;

	@Autowired
	AgendaEvents events;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RabbitAdmin rabbitAdmin;

	@Autowired
	RabbitTemplate rabbit;

	RestTestClient client;

	@BeforeEach
	void client() {
		this.client = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	AgendaEvent meeting(int capacity) {
		Instant start = Instant.now().plus(Duration.ofDays(10));
		return this.events.save(new AgendaEvent(EventKind.INFO_MEETING, Audience.PUBLIC,
				"Réunion d'information collective", "Découvrir la coopérative", "Texte", start,
				start.plus(Duration.ofHours(2)), new Place(Place.Kind.ANTENNA, "COOP'EMPLOI Seynod",
						"1025 ancienne route d'Annecy", "74600", "Seynod", null),
				capacity, Instant.now())
			.atAntenna("seynod", "Seynod"));
	}

	static Map<String, Object> person(String email) {
		return Map.of("firstName", "Léa", "lastName", "Perrin", "email", email, "town", "Annecy", "consent", true,
				"honeypot", "");
	}

	RestTestClient.ResponseSpec register(UUID event, Object body) {
		return this.client.post()
			.uri("/api/events/public/events/{id}/registrations", event)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

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
			calls.add(() -> new String(register(meeting.id(), person(email)).expectStatus()
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
		register(meeting.id(), person("lea.perrin@example.org")).expectStatus().isCreated();
		register(meeting.id(), person("Lea.Perrin@Example.org")).expectStatus()
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
		register(meeting.id(),
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
		register(meeting.id(),
				Map.of("firstName", "x".repeat(1_000_000), "lastName", "Perrin", "email", "a@example.org", "town",
						"Annecy", "consent", true))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("firstName");
		register(meeting.id(),
				Map.of("firstName", "Léa", "lastName", "Perrin", "email", "a@example.org", "town", "Annecy", "consent",
						"oui-peut-être"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("consent");
		register(meeting.id(), Map.of("firstName", "Bot", "lastName", "Bot", "email", "bot@example.org", "town",
				"Annecy", "consent", true, "honeypot", "http://spam.example"))
			.expectStatus()
			.isBadRequest();
		assertThat(stored(meeting.id())).isZero();
	}

	@Test
	void anUnknownMeetingIsA404Problem() {
		register(UUID.randomUUID(), person("x@example.org")).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/not-found");
	}

	@Test
	void eachRegistrationIsToldOnTheBroker() {
		Queue probe = new Queue("test.probe." + UUID.randomUUID(), false, false, false);
		this.rabbitAdmin.declareQueue(probe);
		this.rabbitAdmin.declareBinding(
				BindingBuilder.bind(probe).to(new TopicExchange("coop.events")).with("events.registration.*"));
		AgendaEvent meeting = meeting(1);
		register(meeting.id(), person("premiere@example.org")).expectStatus().isCreated();
		register(meeting.id(), person("seconde@example.org")).expectStatus().isCreated();

		List<MessageEnvelope> received = new ArrayList<>();
		Instant deadline = Instant.now().plusSeconds(20);
		while (received.size() < 2 && Instant.now().isBefore(deadline)) {
			Message message = this.rabbit.receive(probe.getName(), 500);
			if (message != null) {
				received.add(MessageEnvelope.fromJson(message.getBody()));
			}
		}
		this.rabbitAdmin.deleteQueue(probe.getName());
		assertThat(received).extracting(MessageEnvelope::type)
			.containsExactly("events.registration.confirmed", "events.registration.waitlisted");
		assertThat(received.get(0).payload().path("attendee").path("email").asString())
			.isEqualTo("premiere@example.org");
		assertThat(received.get(0).payload().path("cancelUrl").asString()).contains("/inscriptions/annuler?jeton=");
	}

}
