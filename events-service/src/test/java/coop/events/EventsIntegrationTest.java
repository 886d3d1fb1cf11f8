package coop.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import coop.events.agenda.AgendaEvent;
import coop.events.agenda.AgendaEvents;
import coop.events.agenda.Audience;
import coop.events.agenda.EventKind;
import coop.events.agenda.Place;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.KeycloakServer;
import coop.platform.test.MessageProbe;
import coop.platform.test.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * What events-service's integration tests share: the real servers, an HTTP client with
 * real Keycloak tokens, events built the same way, and a probe queue to read the messages
 * the service publishes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "eureka.client.enabled=false", "coop.team-mailbox=contact@coopemploi.com",
				// neutral settings: other tests' settings changes do not reach these
				// (BrandedDocumentsIT does)
				"coop.cooperative-copy.enabled=false" })
public abstract class EventsIntegrationTest {

	static final KeycloakServer keycloak = TestServers.keycloak();

	static final Place SEYNOD = new Place(Place.Kind.ANTENNA, "COOP'EMPLOI Seynod", "1025 ancienne route d'Annecy",
			"74600", "Seynod", null);

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.postgres("events_it").register(registry);
		TestServers.rabbit().register(registry);
		keycloak.register(registry);
	}

	@Value("${local.server.port}")
	int port;

	@Autowired
	protected AgendaEvents events;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected RabbitAdmin rabbitAdmin;

	@Autowired
	protected RabbitTemplate rabbit;

	protected RestTestClient client;

	/** What the service published during the test ({@code events.#}). */
	private MessageProbe<MessageEnvelope> probe;

	@BeforeEach
	void emptyAgenda() {
		// each test starts from an empty agenda: feeds and listings then show only what
		// the test made
		this.jdbc.execute("truncate fair_exhibitor, registration, slot, calendar_link, agenda_event cascade");
	}

	@BeforeEach
	void knownAntennas() {
		// events-service's copy of members-service's antennas (members.antenna.changed):
		// the demo antennas the tests' events belong to, open
		for (String[] antenna : new String[][] { { "seynod", "Seynod", "true" }, { "annemasse", "Annemasse", "false" },
				{ "cluses", "Cluses", "false" } }) {
			this.jdbc.update(
					"insert into antenna (code, name, head_office, closed, changed_at)"
							+ " values (?, ?, ?, false, 'epoch') on conflict (code) do update set closed = false",
					antenna[0], antenna[1], Boolean.parseBoolean(antenna[2]));
		}
	}

	@BeforeEach
	void clientAndProbe() {
		this.client = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		this.probe = MessageProbe.bind(this.rabbitAdmin, this.rabbit, MessageEnvelope::fromJson, "events.#");
	}

	@AfterEach
	void dropProbe() {
		this.probe.close();
	}

	protected AgendaEvent event(EventKind kind, Audience audience, int capacity, Duration startsIn) {
		Instant start = Instant.now().plus(startsIn);
		return this.events.save(new AgendaEvent(kind, audience, "Événement de test " + kind, "Résumé", "Texte", start,
				start.plus(Duration.ofHours(2)), SEYNOD, capacity, Instant.now())
			.atAntenna("seynod", "Seynod"));
	}

	protected AgendaEvent meeting(int capacity) {
		return event(EventKind.INFO_MEETING, Audience.PUBLIC, capacity, Duration.ofDays(10));
	}

	protected static Map<String, Object> person(String email) {
		return Map.of("firstName", "Léa", "lastName", "Perrin", "email", email, "town", "Annecy", "consent", true,
				"honeypot", "");
	}

	protected static String email(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	protected RestTestClient.ResponseSpec call(HttpMethod method, String uri, String username, Object body) {
		RestTestClient.RequestBodySpec request = this.client.method(method).uri(uri);
		if (username != null) {
			request.header("Authorization", "Bearer " + keycloak.accessToken(username));
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.exchange();
	}

	@SuppressWarnings("unchecked")
	protected Map<String, Object> json(RestTestClient.ResponseSpec response) {
		return response.expectBody(Map.class).returnResult().getResponseBody();
	}

	/** A registration as the public form posts it, without a token. */
	protected RestTestClient.ResponseSpec registerPublic(UUID eventId, Object body) {
		return call(HttpMethod.POST, "/api/events/public/events/" + eventId + "/registrations", null, body);
	}

	protected String registerPublicly(UUID eventId, String email) {
		return (String) json(registerPublic(eventId, person(email)).expectStatus().isCreated()).get("registrationId");
	}

	/**
	 * The messages published so far with this routing key (waits for at least
	 * {@code count}).
	 */
	protected List<MessageEnvelope> messages(String type, int count) {
		return this.probe.await((message) -> message.type().equals(type), count, Duration.ofSeconds(20));
	}

	/**
	 * The first message published with this routing key that matches (waits for it).
	 */
	protected MessageEnvelope message(String type, Predicate<MessageEnvelope> matching) {
		return this.probe
			.await((message) -> message.type().equals(type) && matching.test(message), 1, Duration.ofSeconds(20))
			.stream()
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + type + " message as expected"));
	}

	protected String statusOf(String registrationId) {
		return this.jdbc.queryForObject("select status from registration where id = ?::uuid", String.class,
				registrationId);
	}

}
