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
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agenda's events in the site's search, from events-service's messages on the broker:
 * a public event is found by a visitor, a members' one by members only, a cancelled one
 * by nobody, and a message older than what the index holds changes nothing. The resources
 * a workshop uses and a resource's next workshops, from the same messages.
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

	/**
	 * The events this test published (others may come from other tests on the broker).
	 */
	List<String> mine = List.of();

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

	@Test
	void aWorkshopListsTheResourcesItUsesAndAResourceItsNextWorkshops() {
		// a public resource of the centre, on the theme « Juridique » (no demo workshop
		// has
		// it; events-service's tests on the same broker publish their demo agenda)
		Map<?, ?> created = (Map<?, ?>) call("lucas.coach", HttpMethod.POST, "/api/resources",
				Map.of("kind", "DOCUMENT", "title", "Construire son prévisionnel " + this.word, "body", "Les étapes.",
						"themes", List.of("LEGAL"), "sectors", List.of(), "audience", "PUBLIC"),
				201);
		String id = (String) created.get("id");
		String slug = (String) created.get("slug");
		call("lucas.coach", HttpMethod.POST, "/api/resources/" + id + "/submit", null, 200);
		call("ines.coach", HttpMethod.POST, "/api/resources/" + id + "/validate", null, 200);

		Instant now = Instant.now();
		AgendaEventSnapshot uses = event("Atelier prévisionnel " + this.word, AgendaEventSnapshot.Kind.WORKSHOP, 30);
		AgendaEventSnapshot onTheme = event("Atelier trésorerie " + this.word, AgendaEventSnapshot.Kind.WORKSHOP, 10);
		AgendaEventSnapshot cancelled = event("Atelier annulé " + this.word, AgendaEventSnapshot.Kind.WORKSHOP, 5);
		AgendaEventSnapshot past = event("Atelier passé " + this.word, AgendaEventSnapshot.Kind.WORKSHOP, -5);
		publish(new AgendaEventPublished(uses, "Atelier de gestion.", "", AgendaEventPublished.Audience.MEMBERS, false,
				now, "Commercial", List.of(slug, "une-autre-ressource")));
		publish(new AgendaEventPublished(onTheme, "Atelier de gestion.", "", AgendaEventPublished.Audience.PUBLIC,
				false, now, " juridique ", List.of()));
		publish(new AgendaEventPublished(cancelled, "Atelier de gestion.", "", AgendaEventPublished.Audience.PUBLIC,
				true, now, "Juridique", List.of(slug)));
		publish(new AgendaEventPublished(past, "Atelier de gestion.", "", AgendaEventPublished.Audience.PUBLIC, false,
				now, "Juridique", List.of(slug)));
		this.mine = List.of(uses.id().toString(), onTheme.id().toString(), cancelled.id().toString(),
				past.id().toString());

		// Marie reads the resource with the next workshops: the one that uses it first,
		// then the one on its theme
		Eventually.await(() -> workshops("marie.entrepreneur", slug).size(), (n) -> n == 2, Duration.ofSeconds(20));
		List<Map<?, ?>> forMarie = workshops("marie.entrepreneur", slug);
		assertThat(forMarie).extracting((w) -> (Object) w.get("id"))
			.containsExactly(uses.id().toString(), onTheme.id().toString());
		assertThat(forMarie).extracting((w) -> (Object) w.get("uses")).containsExactly(true, false);
		assertThat(forMarie.get(0).get("pageUrl")).isEqualTo(uses.pageUrl());
		// a visitor sees the public one only
		assertThat(workshops(null, slug)).extracting((w) -> (Object) w.get("id"))
			.containsExactly(onTheme.id().toString());

		// the members' workshop lists its resources to members: the one the centre has,
		// not an unknown one
		List<?> ofWorkshop = (List<?>) call("marie.entrepreneur", HttpMethod.GET,
				"/api/resources/public/events/" + uses.id() + "/resources", null, 200);
		assertThat(ofWorkshop).extracting((r) -> (Object) ((Map<?, ?>) r).get("slug")).containsExactly(slug);
		assertThat((List<?>) call(null, HttpMethod.GET, "/api/resources/public/events/" + uses.id() + "/resources",
				null, 200))
			.as("a members' workshop tells a visitor nothing")
			.isEmpty();
		assertThat((List<?>) call(null, HttpMethod.GET,
				"/api/resources/public/events/" + UUID.randomUUID() + "/resources", null, 200))
			.isEmpty();
		call(null, HttpMethod.GET, "/api/resources/public/events/pas-un-identifiant/resources", null, 400);

		// staff take the resource out of the workshop: a later message wins, an earlier
		// one changes nothing
		publish(new AgendaEventPublished(uses, "Atelier de gestion.", "", AgendaEventPublished.Audience.MEMBERS, false,
				now.plusSeconds(60), "Commercial", List.of()));
		Eventually.await(() -> workshops("marie.entrepreneur", slug).size(), (n) -> n == 1, Duration.ofSeconds(20));
		publish(new AgendaEventPublished(uses, "Atelier de gestion.", "", AgendaEventPublished.Audience.MEMBERS, false,
				now, "Commercial", List.of(slug)));
		Eventually.pause(Duration.ofSeconds(3));
		assertThat(workshops("marie.entrepreneur", slug)).hasSize(1);
	}

	/** The next workshops the resource's page lists, of those this test published. */
	@SuppressWarnings("unchecked")
	List<Map<?, ?>> workshops(String user, String slug) {
		return ((List<Map<?, ?>>) ((Map<?, ?>) call(user, HttpMethod.GET, "/api/resources/public/resources/" + slug,
				null, 200))
			.get("workshops")).stream().filter((w) -> this.mine.contains((String) w.get("id"))).toList();
	}

	Object call(String user, HttpMethod method, String path, Object body, int status) {
		RestTestClient.RequestBodySpec request = RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.method(method)
			.uri(path);
		if (user != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + keycloak.accessToken(user));
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(Object.class)
			.returnResult()
			.getResponseBody();
	}

	/** An event {@code days} days from now. */
	AgendaEventSnapshot event(String title, AgendaEventSnapshot.Kind kind, int days) {
		UUID id = UUID.randomUUID();
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(days);
		return new AgendaEventSnapshot(id, kind, title, start, start.plusHours(3), "Europe/Paris", "COOP'EMPLOI Seynod",
				null, null, "https://coopemploi.com/agenda/" + id, "seynod");
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
