package coop.dashboard;

import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.Attendee;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.messaging.MessagingProperties;
import coop.platform.test.Eventually;
import coop.platform.test.RabbitServer;
import coop.platform.test.TestServers;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.QueueInformation;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault test: the consumer service stops while messages flow, and comes back. The service
 * (dashboard-service, its whole application context) is started, stopped and started
 * again in this JVM, on a virtual host and a database of this test's own (so that no
 * context cached by another test consumes its queue meanwhile); a publisher keeps sending
 * registrations all along, one of them twice. What arrived while it was down waits in its
 * durable queue, and once it is back every registration is counted exactly once and its
 * public figures answer.
 */
class ConsumerOutageIT {

	static final String QUEUE = "dashboard.registrations";

	static final int MESSAGES = 60;

	/** The consumer service's settings: the real servers, its own host and database. */
	static Map<String, Object> settings(RabbitServer rabbit) {
		Map<String, Supplier<Object>> properties = new LinkedHashMap<>();
		TestServers.postgres("dashboard_outage_it").register(properties::put);
		rabbit.register(properties::put);
		TestServers.keycloak().register(properties::put);
		properties.put("server.port", () -> 0);
		properties.put("eureka.client.enabled", () -> false);
		properties.put("coop.demo-data", () -> false);
		Map<String, Object> settings = new LinkedHashMap<>();
		properties.forEach((name, value) -> settings.put(name, value.get()));
		return settings;
	}

	static ConfigurableApplicationContext start(Map<String, Object> settings) {
		// as command-line arguments: above application.yml
		return new SpringApplicationBuilder(DashboardApplication.class).run(settings.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new));
	}

	static BrokerPublisher publisher(CachingConnectionFactory connections) {
		connections.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
		connections.setPublisherReturns(true);
		RabbitTemplate template = new RabbitTemplate(connections);
		template.setMandatory(true);
		return new BrokerPublisher(template, new MessagingProperties("coop.events", "coop.events.dlx",
				"coop.events.unrouted", Duration.ofSeconds(1), 100, Duration.ofSeconds(5), Duration.ofDays(7)));
	}

	static MessageEnvelope registration(OffsetDateTime start) {
		return MessageEnvelope.of(new RegistrationConfirmed(UUID.randomUUID(),
				new AgendaEventSnapshot(UUID.randomUUID(), AgendaEventSnapshot.Kind.INFO_MEETING, "Réunion", start,
						start.plusHours(2), "Europe/Paris", "Seynod", null, null, "http://localhost:8080/agenda/x"),
				new Attendee("Léa", "Perrin", "lea@example.org", null), "http://localhost:8080/x"), Instant.now());
	}

	@Test
	void messagesSentWhileTheConsumerIsDownWaitAndAreCountedOnceWhenItIsBack() throws Exception {
		RabbitServer rabbit = TestServers.rabbit("consumer_outage");
		Map<String, Object> settings = settings(rabbit);
		// the test reads the store itself, the service being down at times
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource((String) settings.get("spring.datasource.url"),
				(String) settings.get("spring.datasource.username"),
				(String) settings.get("spring.datasource.password")));
		// a month of its own, far ahead: only this test's registrations are counted there
		LocalDate month = LocalDate.of(2060 + ThreadLocalRandom.current().nextInt(30),
				1 + ThreadLocalRandom.current().nextInt(12), 1);
		OffsetDateTime start = month.atTime(9, 30).atOffset(ZoneOffset.ofHours(1)).plusDays(3);

		ConfigurableApplicationContext consumer = start(settings);
		jdbc.update("delete from registration_count where month = ?", Date.valueOf(month));

		CachingConnectionFactory connections = new CachingConnectionFactory(rabbit.host(), rabbit.port());
		connections.setUsername(rabbit.username());
		connections.setPassword(rabbit.password());
		connections.setVirtualHost(rabbit.virtualHost());
		try {
			BrokerPublisher publisher = publisher(connections);
			RabbitAdmin admin = new RabbitAdmin(connections);
			List<MessageEnvelope> sent = new ArrayList<>();
			Thread flow = new Thread(() -> {
				for (int i = 0; i < MESSAGES; i++) {
					MessageEnvelope envelope = registration(start);
					publisher.publish(envelope);
					sent.add(envelope);
					if (i == 10) {
						// the broker delivers a message twice (a lost acknowledgment)
						publisher.publish(envelope);
					}
					Eventually.pause(Duration.ofMillis(50));
				}
			}, "registrations");
			flow.start();

			// the consumer service stops in the middle of the flow
			Eventually.pause(Duration.ofMillis(800));
			consumer.close();
			flow.join(60_000);
			assertThat(sent).hasSize(MESSAGES);
			QueueInformation waiting = admin.getQueueInfo(QUEUE);
			assertThat(waiting).isNotNull();
			assertThat(waiting.getConsumerCount()).isZero();
			assertThat(waiting.getMessageCount()).as("messages waiting in the queue while the service is down")
				.isPositive();
			Integer countedBefore = jdbc.query("select registrations from registration_count where month = ?",
					(rs) -> rs.next() ? rs.getInt(1) : 0, Date.valueOf(month));
			assertThat(countedBefore).isLessThan(MESSAGES);

			// back: what waited is handled, each registration once
			consumer = start(settings);
			Eventually.await(
					() -> jdbc.query("select registrations from registration_count where month = ?",
							(rs) -> rs.next() ? rs.getInt(1) : 0, Date.valueOf(month)),
					(count) -> count >= MESSAGES, Duration.ofSeconds(30));
			Eventually.pause(Duration.ofSeconds(2));
			assertThat(jdbc.queryForObject("select registrations from registration_count where month = ?",
					Integer.class, Date.valueOf(month)))
				.isEqualTo(MESSAGES);
			assertThat(admin.getQueueInfo(QUEUE).getMessageCount()).isZero();
			assertThat(admin.getQueueInfo(QUEUE + ".dlq").getMessageCount()).isZero();
			// and its public figures answer
			String port = consumer.getEnvironment().getProperty("local.server.port");
			RestTestClient.bindToServer()
				.baseUrl("http://localhost:" + port)
				.build()
				.get()
				.uri("/api/dashboard/public/figures")
				.exchange()
				.expectStatus()
				.isOk();
		}
		finally {
			consumer.close();
			connections.destroy();
		}
	}

}
