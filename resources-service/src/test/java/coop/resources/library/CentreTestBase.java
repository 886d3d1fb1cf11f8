package coop.resources.library;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import coop.platform.contracts.ContractJson;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.KeycloakServer;
import coop.platform.test.MessageProbe;
import coop.platform.test.OwnSolrServer;
import coop.platform.test.TestServers;
import coop.resources.people.People;
import coop.resources.people.Person;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The resource centre on the real servers: MongoDB (database {@code resources_centre_it})
 * with GridFS, RabbitMQ (the tests' own virtual host), Keycloak with the realm's demo
 * users, and a Solr of the tests' own. The centre's copy of people knows Marie followed
 * by Lucas and Théo by Inès. Each test writes resources with titles of its own run.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "eureka.client.enabled=false", "coop.files.max-size=2MB", "coop.files.max-media-size=3MB" })
abstract class CentreTestBase {

	static final String MARIE = "b465c806-618a-4771-b0d4-d76aa7ceecf5";

	static final String THEO = "5ae4bd4f-a0f9-4544-bf45-a2440fc1b240";

	static final String LUCAS = "60d43f9e-2e25-42e2-86e6-c4e10ce9b1f4";

	static final String INES = "41b4c37e-2f4b-4f20-b070-3edc770fe5c9";

	/** How long a test waits for a message the service publishes. */
	static final Duration WAIT = Duration.ofSeconds(20);

	static final OwnSolrServer solr = TestServers.ownSolr();

	static final KeycloakServer keycloak = TestServers.keycloak();

	private static final Map<String, String> tokens = new HashMap<>();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.mongo("resources_centre_it").register(registry);
		TestServers.rabbit().register(registry);
		solr.register(registry);
		keycloak.register(registry);
	}

	@Value("${local.server.port}")
	int port;

	@Autowired
	People people;

	@Autowired
	MongoTemplate mongo;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void followedPeople() {
		Instant at = Instant.parse("2026-01-01T00:00:00Z");
		this.people.record(
				new Person(LUCAS, "coach", "Lucas", "Favre", "lucas.favre@demo.coopemploi.test", "seynod", null, at));
		this.people.record(new Person(INES, "coach", "Inès", "Bouvier", "ines.bouvier@demo.coopemploi.test",
				"annemasse", null, at));
		this.people.record(new Person(MARIE, "entrepreneur", "Marie", "Dupont", "marie.dupont@demo.coopemploi.test",
				"seynod", LUCAS, at));
		this.people.record(new Person(THEO, "entrepreneur", "Théo", "Girard", "theo.girard@demo.coopemploi.test",
				"cluses", INES, at));
	}

	@Autowired
	org.springframework.amqp.rabbit.core.RabbitAdmin rabbitAdmin;

	@Autowired
	org.springframework.amqp.rabbit.core.RabbitTemplate rabbit;

	/**
	 * Listens to the messages of that routing key from now on, on a queue of its own
	 * (removed by {@link MessageProbe#close()}).
	 */
	MessageProbe<MessageEnvelope> probe(String routingKey) {
		return MessageProbe.bind(this.rabbitAdmin, this.rabbit, MessageEnvelope::fromJson, routingKey);
	}

	/** A message about that resource. */
	/**
	 * Today in Paris, as the review dates are counted: the JVM's own date is another one
	 * between 22:00 or 23:00 and midnight UTC.
	 */
	static java.time.LocalDate parisToday() {
		return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
	}

	static Predicate<MessageEnvelope> about(String resourceId) {
		return (envelope) -> envelope.payload().path("resourceId").asString().equals(resourceId);
	}

	/** A message of that type about that resource. */
	static Predicate<MessageEnvelope> about(String type, String resourceId) {
		return about(resourceId).and((envelope) -> envelope.type().equals(type));
	}

	/** A request as that demo user ({@code null}: a visitor), with a real token. */
	Call as(String username) {
		return new Call(username);
	}

	/** A resource's request body, titled with this run. */
	Map<String, Object> resource(String kind, String title, String audience) {
		Map<String, Object> body = new HashMap<>();
		body.put("kind", kind);
		body.put("title", title + " " + this.run);
		body.put("summary", "Résumé de " + title);
		body.put("body", "Le texte de **" + title + "**.");
		body.put("themes", List.of("MANAGEMENT"));
		body.put("sectors", List.of());
		body.put("audience", audience);
		return body;
	}

	/** Writes, submits and validates a resource: its view as the author sees it. */
	JsonNode published(String author, String reviewer, Map<String, Object> body) {
		JsonNode created = as(author).post("/api/resources", body).expect(201);
		String id = created.path("id").asString();
		as(author).post("/api/resources/" + id + "/submit", null).expect(200);
		return as(reviewer).post("/api/resources/" + id + "/validate", null).expect(200);
	}

	static String token(String username) {
		return tokens.computeIfAbsent(username, keycloak::accessToken);
	}

	final class Call {

		private final String username;

		Call(String username) {
			this.username = username;
		}

		Answer get(String uri) {
			return send(HttpMethod.GET, uri, null, null, null);
		}

		Answer get(String uri, String range) {
			return send(HttpMethod.GET, uri, null, null, range);
		}

		Answer post(String uri, Object json) {
			return send(HttpMethod.POST, uri, json, null, null);
		}

		Answer put(String uri, Object json) {
			return send(HttpMethod.PUT, uri, json, null, null);
		}

		Answer delete(String uri) {
			return send(HttpMethod.DELETE, uri, null, null, null);
		}

		/** A file sent as the raw body, as the upload widget does. */
		Answer upload(String resourceId, String name, byte[] bytes) {
			return send(HttpMethod.POST, "/api/resources/" + resourceId + "/files?name={name}", null, bytes, null,
					name);
		}

		private Answer send(HttpMethod method, String uri, Object json, byte[] raw, String range, Object... variables) {
			RestTestClient client = RestTestClient.bindToServer()
				.baseUrl("http://localhost:" + CentreTestBase.this.port)
				.build();
			RestTestClient.RequestBodySpec request = client.method(method).uri(uri, variables);
			if (this.username != null) {
				request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(this.username));
			}
			if (range != null) {
				request.header(HttpHeaders.RANGE, range);
			}
			if (json != null) {
				request.contentType(MediaType.APPLICATION_JSON).body(json);
			}
			if (raw != null) {
				request.contentType(MediaType.APPLICATION_OCTET_STREAM).body(raw);
			}
			EntityExchangeResult<byte[]> result = request.exchange().expectBody(byte[].class).returnResult();
			return new Answer(result.getStatus().value(), result.getResponseHeaders(), result.getResponseBody());
		}

	}

	record Answer(int status, HttpHeaders headers, byte[] bytes) {

		JsonNode json() {
			return ContractJson.mapper()
				.readTree((this.bytes != null && this.bytes.length > 0) ? this.bytes : "null".getBytes());
		}

		/** The body, after checking the status. */
		JsonNode expect(int expected) {
			if (this.status != expected) {
				throw new AssertionError("Expected " + expected + " but was " + this.status + ": "
						+ ((this.bytes != null) ? new String(this.bytes) : ""));
			}
			return json();
		}

	}

}
