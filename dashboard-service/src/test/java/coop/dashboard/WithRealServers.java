package coop.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import coop.platform.messaging.BrokerPublisher;
import coop.platform.test.Eventually;
import coop.platform.test.KeycloakServer;
import coop.platform.test.TestServers;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service on the real servers: PostgreSQL (database {@code dashboard_it}), RabbitMQ
 * (the tests' own virtual host) and Keycloak's real tokens. Test classes that extend it
 * share one application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
abstract class WithRealServers {

	static final String MARIE = "b465c806-618a-4771-b0d4-d76aa7ceecf5";

	static final String THEO = "5ae4bd4f-a0f9-4544-bf45-a2440fc1b240";

	static final String LUCAS = "60d43f9e-2e25-42e2-86e6-c4e10ce9b1f4";

	static final String INES = "41b4c37e-2f4b-4f20-b070-3edc770fe5c9";

	static final KeycloakServer keycloak = TestServers.keycloak();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.postgres("dashboard_it").register(registry);
		TestServers.rabbit().register(registry);
		keycloak.register(registry);
	}

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BrokerPublisher broker;

	RestTestClient client;

	@Autowired
	AmqpAdmin amqp;

	@BeforeEach
	void client() {
		this.client = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	/**
	 * Other services' tests leave messages on the tests' broker (people, files) that this
	 * service copies when it starts: let them land before a test empties the tables.
	 */
	@BeforeEach
	void brokerBacklogHandled() {
		List<String> queues = List.of("dashboard.people", "dashboard.files", "dashboard.attendance",
				"dashboard.appointments", "dashboard.registrations", "dashboard.referrals");
		Eventually.await(() -> queues.stream().mapToLong((queue) -> {
			QueueInformation info = this.amqp.getQueueInfo(queue);
			return (info != null) ? info.getMessageCount() : 0;
		}).sum(), (waiting) -> waiting == 0L, Duration.ofSeconds(30));
	}

	void empty(String... tables) {
		for (String table : List.of(tables)) {
			this.jdbc.update("delete from " + table);
		}
	}

	/**
	 * Only the demo realm's entrepreneurs in the directory: other services' tests publish
	 * people (some followed by Lucas) on the tests' broker, which this service copies.
	 */
	void onlyMarieAndTheo() {
		this.jdbc.update("delete from person where role = 'entrepreneur' and subject not in (?, ?)", MARIE, THEO);
	}

	/** An entrepreneur of the directory, as members-service would have told. */
	void entrepreneur(String subject, String name, String antenna, String coach) {
		this.jdbc.update("delete from person where subject = ?", subject);
		this.jdbc.update("insert into person (subject, role, name, antenna, coach, changed_at)"
				+ " values (?, 'entrepreneur', ?, ?, ?, now())", subject, name, antenna, coach);
	}

	/** A download: 200, of that type, as an attachment; its bytes. */
	byte[] download(String username, String uri, String contentType) {
		return get(username, uri).expectStatus()
			.isOk()
			.expectHeader()
			.contentType(contentType)
			.expectHeader()
			.value("Content-Disposition", (value) -> assertThat(value).startsWith("attachment"))
			.expectBody()
			.returnResult()
			.getResponseBodyContent();
	}

	static void assertPdf(byte[] content) {
		assertThat(new String(content, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	RestTestClient.ResponseSpec get(String username, String uri, Object... variables) {
		return this.client.get()
			.uri(uri, variables)
			.header("Authorization", "Bearer " + keycloak.accessToken(username))
			.exchange();
	}

}
