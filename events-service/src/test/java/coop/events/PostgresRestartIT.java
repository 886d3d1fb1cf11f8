package coop.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import coop.events.agenda.AgendaEvent;
import coop.events.agenda.AgendaEvents;
import coop.events.agenda.Audience;
import coop.events.agenda.EventKind;
import coop.events.agenda.Place;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.MessageProbe;
import coop.platform.test.OwnPostgresServer;
import coop.platform.test.RabbitServer;
import coop.platform.test.TestServers;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault test: PostgreSQL restarts under events-service. The server is a PostgreSQL of
 * this test's own ({@code TestServers.ownPostgres()}), stopped at once (every pooled
 * connection drops) and started again, so the machine's server is never touched; the
 * broker is the tests' in a virtual host of this test's own. While it is down, the public
 * agenda answers a French 503 (not a 500); once it is back, the very first requests are
 * answered from fresh connections, registrations are taken again and their messages leave
 * through the outbox, those written before the restart included.
 */
class PostgresRestartIT {

	static Map<String, Object> settings(OwnPostgresServer postgres, RabbitServer rabbit) {
		Map<String, Supplier<Object>> properties = new LinkedHashMap<>();
		postgres.database("coop_events").register(properties::put);
		rabbit.register(properties::put);
		TestServers.keycloak().register(properties::put);
		properties.put("server.port", () -> 0);
		properties.put("eureka.client.enabled", () -> false);
		properties.put("coop.demo-data", () -> false);
		// a request waits 3 s for a connection, not Hikari's 30 s, while the server is
		// down
		properties.put("spring.datasource.hikari.connection-timeout", () -> 3000);
		Map<String, Object> settings = new LinkedHashMap<>();
		properties.forEach((name, value) -> settings.put(name, value.get()));
		return settings;
	}

	@Test
	void afterARestartConnectionsRecoverAndNoMessageIsLost() {
		OwnPostgresServer postgres = TestServers.ownPostgres();
		RabbitServer rabbit = TestServers.rabbit("postgres_restart");
		Map<String, Object> settings = settings(postgres, rabbit);
		CachingConnectionFactory connections = new CachingConnectionFactory(rabbit.host(), rabbit.port());
		connections.setUsername(rabbit.username());
		connections.setPassword(rabbit.password());
		connections.setVirtualHost(rabbit.virtualHost());
		RabbitAdmin admin = new RabbitAdmin(connections);
		RabbitTemplate rabbitTemplate = new RabbitTemplate(connections);
		ConfigurableApplicationContext service = new SpringApplicationBuilder(EventsApplication.class)
			.run(settings.entrySet()
				.stream()
				.map((property) -> "--" + property.getKey() + "=" + property.getValue())
				.toArray(String[]::new));
		try (MessageProbe<MessageEnvelope> confirmed = MessageProbe.bind(admin, rabbitTemplate,
				MessageEnvelope::fromJson, "events.registration.confirmed")) {
			RestTestClient client = RestTestClient.bindToServer()
				.baseUrl("http://localhost:" + service.getEnvironment().getProperty("local.server.port"))
				.build();
			Instant start = Instant.now().plus(Duration.ofDays(10));
			AgendaEvent meeting = service.getBean(AgendaEvents.class)
				.save(new AgendaEvent(EventKind.INFO_MEETING, Audience.PUBLIC, "Réunion d'information", "Résumé",
						"Texte", start, start.plus(Duration.ofHours(2)), EventsIntegrationTest.SEYNOD, 100,
						Instant.now())
					.atAntenna("seynod", "Seynod"));
			String registrations = "/api/events/public/events/" + meeting.id() + "/registrations";
			List<String> registered = new ArrayList<>();
			registered.add(register(client, registrations, "avant"));

			postgres.stop();
			try {
				client.get()
					.uri("/api/events/public/events")
					.exchange()
					.expectStatus()
					.isEqualTo(503)
					.expectHeader()
					.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
					.expectBody()
					.jsonPath("$.type")
					.isEqualTo("https://coopemploi.com/problems/unavailable")
					.jsonPath("$.detail")
					.isEqualTo("Ce service est momentanément indisponible. Réessayez dans quelques instants.");
			}
			finally {
				postgres.start();
			}

			// the first requests after the restart: the pool drops its dead connections
			for (int i = 0; i < 5; i++) {
				client.get().uri("/api/events/public/events/" + meeting.id()).exchange().expectStatus().isOk();
			}
			registered.add(register(client, registrations, "apres"));
			client.get().uri("/actuator/health").exchange().expectStatus().isOk();

			// every registration's message left through the outbox. One published just
			// before PostgreSQL stopped may go out again, before or after the next one
			// (the
			// relay could not mark it sent): then it is the same message, same event id,
			// which every consumer's inbox acts on once; never a second message about the
			// same registration
			for (String registration : registered) {
				confirmed.first((message) -> registrationOf(message).equals(registration), Duration.ofSeconds(30));
			}
			confirmed.drain(Duration.ofSeconds(2));
			Map<String, Set<UUID>> told = confirmed.received()
				.stream()
				.collect(Collectors.groupingBy(PostgresRestartIT::registrationOf,
						Collectors.mapping(MessageEnvelope::eventId, Collectors.toSet())));
			assertThat(told.keySet()).containsExactlyInAnyOrderElementsOf(registered);
			assertThat(told.values()).as("a registration told again is the same message")
				.allSatisfy((eventIds) -> assertThat(eventIds).hasSize(1));
		}
		finally {
			service.close();
			connections.destroy();
		}
	}

	static String register(RestTestClient client, String uri, String who) {
		Map<?, ?> created = client.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("firstName", "Léa", "lastName", "Perrin", "email",
					who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", "town", "Annecy",
					"consent", true, "honeypot", ""))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (String) created.get("registrationId");
	}

	private static String registrationOf(MessageEnvelope envelope) {
		return envelope.payloadAs(RegistrationConfirmed.class).registrationId().toString();
	}

}
