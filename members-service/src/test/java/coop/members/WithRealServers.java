package coop.members;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import coop.members.antenna.Antenna;
import coop.members.antenna.Antennas;
import coop.members.people.People;
import coop.members.people.PeopleService;
import coop.members.people.PersonRole;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.ConsentTextsStandIn;
import coop.platform.test.KeycloakServer;
import coop.platform.test.MessageProbe;
import coop.platform.test.TestServers;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * members-service on the real servers: MongoDB (database {@code members_it}), RabbitMQ
 * (the tests' own virtual host), Keycloak with the realm's demo users; events-service's
 * consent texts from a stand-in. Every test class extends this one and shares one
 * application context. The realm's demo people exist in the store with their Keycloak
 * subjects (Marie followed by Lucas, Théo by Inès).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
public abstract class WithRealServers {

	protected static final String MARIE = "b465c806-618a-4771-b0d4-d76aa7ceecf5";

	protected static final String THEO = "5ae4bd4f-a0f9-4544-bf45-a2440fc1b240";

	protected static final String LUCAS = "60d43f9e-2e25-42e2-86e6-c4e10ce9b1f4";

	protected static final String INES = "41b4c37e-2f4b-4f20-b070-3edc770fe5c9";

	protected static final String CAMILLE = "d878fdcd-27d2-4bfb-b69a-bc9a9df09557";

	protected static final String NADIA = "3f0c9a51-7d2e-4b8a-9c61-2e5b7a0d4c18";

	protected static final String SOPHIE = "bde59fe8-f9c0-4eaa-9a84-a63f0e01d1a6";

	protected static final KeycloakServer keycloak = TestServers.keycloak();

	/**
	 * events-service's consent texts, which a showcase message's version is checked
	 * against.
	 */
	protected static final ConsentTextsStandIn consents = ConsentTextsStandIn.get();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.mongo("members_it").register(registry);
		TestServers.rabbit().register(registry);
		keycloak.register(registry);
		registry.add("coop.keycloak.url", keycloak::baseUrl);
		consents.register(registry);
	}

	@Value("${local.server.port}")
	int port;

	@Autowired
	protected Antennas antennas;

	@Autowired
	protected People people;

	@Autowired
	protected PeopleService peopleService;

	@Autowired
	protected RabbitAdmin rabbitAdmin;

	@Autowired
	protected RabbitTemplate rabbit;

	protected RestTestClient client;

	@BeforeEach
	void realmPeople() {
		this.client = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		antenna("seynod", "Seynod", "1025 ancienne route d'Annecy", "74600", "Seynod", true);
		antenna("annemasse", "Annemasse", "14 avenue de la Gare", "74100", "Annemasse", false);
		antenna("cluses", "Cluses", "10 avenue de la Libération", "74300", "Cluses", false);
		person(CAMILLE, "camille.rey", "Camille", "Rey", PersonRole.STAFF, "seynod", null);
		person(NADIA, "nadia.perret", "Nadia", "Perret", PersonRole.STAFF, "annemasse", null);
		person(LUCAS, "lucas.favre", "Lucas", "Favre", PersonRole.COACH, "seynod", null);
		person(INES, "ines.bouvier", "Inès", "Bouvier", PersonRole.COACH, "annemasse", null);
		person(MARIE, "marie.dupont", "Marie", "Dupont", PersonRole.ENTREPRENEUR, "seynod", LUCAS);
		person(THEO, "theo.girard", "Théo", "Girard", PersonRole.ENTREPRENEUR, "cluses", INES);
	}

	/** The realm's antennas, open, Seynod the head office (as in keycloak/realm). */
	private void antenna(String code, String name, String street, String postalCode, String town, boolean headOffice) {
		Antenna antenna = this.antennas.findById(code)
			.orElseGet(() -> new Antenna(code, name, street, postalCode, town));
		if (antenna.closed() || antenna.headOffice() != headOffice || !name.equals(antenna.name())) {
			Instant now = Instant.now();
			antenna.describe(name, street, postalCode, town, null, now);
			antenna.markClosed(false, now);
			antenna.markHeadOffice(headOffice, now);
		}
		this.antennas.save(antenna);
	}

	private void person(String subject, String mailbox, String firstName, String lastName, PersonRole role,
			String antenna, String coach) {
		if (this.people.findBySubject(subject).isEmpty()) {
			this.peopleService.adoptExisting(subject, mailbox + "@demo.coopemploi.test", firstName, lastName, role,
					antenna, null, coach);
		}
	}

	/** A request as that demo user ({@code null}: anonymous), with a real token. */
	protected RestTestClient.ResponseSpec as(String username, HttpMethod method, String uri, Object body) {
		RestTestClient.RequestBodySpec request = this.client.method(method).uri(uri);
		if (username != null) {
			request.header("Authorization", "Bearer " + keycloak.accessToken(username));
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.exchange();
	}

	/**
	 * Listens to the messages of these routing keys from now on, on a queue of its own
	 * (removed by {@link Probe#close()}): platform-test's {@link MessageProbe}.
	 */
	protected Probe probe(String routingKey) {
		return new Probe(MessageProbe.bind(this.rabbitAdmin, this.rabbit, MessageEnvelope::fromJson, routingKey));
	}

	protected static final class Probe implements AutoCloseable {

		private final MessageProbe<MessageEnvelope> messages;

		private Probe(MessageProbe<MessageEnvelope> messages) {
			this.messages = messages;
		}

		/** Waits for that many more messages (or 20 s) and returns what came. */
		public List<MessageEnvelope> await(int count) {
			return await(count, Duration.ofSeconds(20));
		}

		public List<MessageEnvelope> await(int count, Duration timeout) {
			return this.messages.next(count, timeout);
		}

		@Override
		public void close() {
			this.messages.close();
		}

	}

}
