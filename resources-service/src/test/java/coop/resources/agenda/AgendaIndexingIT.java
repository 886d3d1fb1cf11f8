package coop.resources.agenda;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import coop.platform.contracts.events.AgendaEventPublished;
import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.Eventually;
import coop.platform.test.KeycloakServer;
import coop.platform.test.OwnSolrServer;
import coop.platform.test.TestServers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agenda's events in the site's search, from events-service's messages on the broker:
 * a public event is found by a visitor, a members' one by members only, a cancelled one
 * by nobody, and a message older than what the index holds changes nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
class AgendaIndexingIT {

	static final KeycloakServer keycloak = TestServers.keycloak();

	static final OwnSolrServer solr = TestServers.ownSolr();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.mongo("resources_agenda_it").register(registry);
		TestServers.rabbit().register(registry);
		solr.register(registry);
		keycloak.register(registry);
	}

	@Value("${local.server.port}")
	int port;

	@Autowired
	BrokerPublisher broker;

	final String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	@Test
	void publicEventsForEveryoneMembersEventsForMembersCancelledOnesForNobody() {
		Instant t0 = Instant.parse("2026-12-01T09:00:00Z");
		AgendaEventSnapshot meeting = event("Réunion d'information " + this.word,
				AgendaEventSnapshot.Kind.INFO_MEETING);
		AgendaEventSnapshot workshop = event("Atelier prévisionnel " + this.word, AgendaEventSnapshot.Kind.WORKSHOP);
		publish(new AgendaEventPublished(meeting, "Découvrir la coopérative.", "Deux heures.",
				AgendaEventPublished.Audience.PUBLIC, false, t0));
		publish(new AgendaEventPublished(workshop, "Atelier de gestion.", "Apportez vos chiffres.",
				AgendaEventPublished.Audience.MEMBERS, false, t0));

		Eventually.await(() -> total("marie.entrepreneur"), (total) -> total == 2, Duration.ofSeconds(20));
		assertThat(total(null)).isEqualTo(1);
		Map<?, ?> hit = (Map<?, ?>) ((List<?>) search(null).get("items")).get(0);
		assertThat(hit.get("type")).isEqualTo("event");
		assertThat(hit.get("typeLabel")).isEqualTo("Événement");
		assertThat(hit.get("url")).isEqualTo(meeting.pageUrl());
		assertThat(hit.get("date")).isEqualTo("2027-01-12T08:30:00Z");

		// cancelled: found by nobody; a late copy of the earlier state changes nothing
		publish(new AgendaEventPublished(meeting, "Découvrir la coopérative.", "Deux heures.",
				AgendaEventPublished.Audience.PUBLIC, true, t0.plusSeconds(60)));
		Eventually.await(() -> total(null), (total) -> total == 0, Duration.ofSeconds(20));
		publish(new AgendaEventPublished(meeting, "Découvrir la coopérative.", "Deux heures.",
				AgendaEventPublished.Audience.PUBLIC, false, t0));
		Eventually.pause(Duration.ofSeconds(3));
		assertThat(total(null)).isZero();
		assertThat(total("marie.entrepreneur")).isEqualTo(1);
	}

	AgendaEventSnapshot event(String title, AgendaEventSnapshot.Kind kind) {
		UUID id = UUID.randomUUID();
		return new AgendaEventSnapshot(id, kind, title,
				OffsetDateTime.of(2027, 1, 12, 9, 30, 0, 0, ZoneOffset.ofHours(1)),
				OffsetDateTime.of(2027, 1, 12, 11, 30, 0, 0, ZoneOffset.ofHours(1)), "Europe/Paris",
				"COOP'EMPLOI Seynod", "1025 ancienne route d'Annecy, 74600 Seynod", null,
				"https://coopemploi.com/agenda/" + id, "seynod");
	}

	void publish(AgendaEventPublished published) {
		this.broker.publish(MessageEnvelope.of(published, Instant.now()));
	}

	long total(String user) {
		return ((Number) search(user).get("total")).longValue();
	}

	Map<?, ?> search(String user) {
		RestTestClient.RequestHeadersSpec<?> request = RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.get()
			.uri("/api/resources/public/search?q={q}", this.word);
		if (user != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + keycloak.accessToken(user));
		}
		return request.exchange().expectBody(Map.class).returnResult().getResponseBody();
	}

}
