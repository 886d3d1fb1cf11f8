package coop.resources;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import coop.platform.contracts.members.ShowcasePublished;
import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.Eventually;
import coop.platform.test.TestServers;
import coop.resources.search.SearchDocument;
import coop.resources.search.SearchIndex;
import coop.resources.search.SearchResults;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site's search on the real Solr core with its French analysis, and showcases
 * arriving from the broker. Every document of a run carries a unique sector so that runs
 * and demo data never see each other.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
class SearchIT {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.mongo("resources_it").register(registry);
		TestServers.rabbit().register(registry);
		TestServers.solr().register(registry);
		TestServers.keycloak().register(registry);
	}

	@Autowired
	SearchIndex index;

	@Autowired
	BrokerPublisher broker;

	@Value("${local.server.port}")
	int port;

	final String run = "run-" + UUID.randomUUID();

	void document(String id, String visibility, String title, String body) {
		this.index.index(new SearchDocument(this.run + ":" + id, "resource", visibility, title, null, body, List.of(),
				"Gestion", this.run, null, null, "https://coopemploi.com/" + id, Instant.now()));
	}

	List<String> find(String text, String... visibilities) {
		SearchResults results = awaitResults(text, Set.of(visibilities), 1);
		return results.items().stream().map((hit) -> hit.id().substring(this.run.length() + 1)).toList();
	}

	SearchResults awaitResults(String text, Set<String> visibilities, int atLeast) {
		return Eventually.await(() -> this.index.search(text, visibilities, Map.of("sector", this.run), 0, 10),
				(results) -> results.total() >= atLeast, Duration.ofSeconds(10));
	}

	@Test
	void frenchWordsMatchAcrossPluralsAccentsAndElisions() {
		document("entreprises", "public", "Créer des entreprises en coopérative", "Les entreprises du territoire.");
		document("atelier", "public", "L'atelier du bois", "Un atelier de menuiserie à Seynod.");
		document("economie", "public", "Économie sociale et solidaire", "La coopérative et l'économie locale.");

		assertThat(find("entreprise", "public")).containsExactly("entreprises");
		assertThat(find("creer", "public")).containsExactly("entreprises");
		assertThat(find("l'atelier", "public")).containsExactly("atelier");
		assertThat(find("ATELIERS", "public")).containsExactly("atelier");
		assertThat(find("economie", "public")).containsExactly("economie");
		assertThat(find("les", "public")).isEmpty();
	}

	@Test
	void resultsAreHighlightedAndEscaped() {
		document("prix", "public", "Fixer ses prix",
				"Calculer le prix de revient <b>et</b> la marge de chaque produit.");
		SearchResults results = awaitResults("marge", Set.of("public"), 1);
		assertThat(results.items()).hasSize(1);
		assertThat(results.items().get(0).highlight()).contains("<mark>marge</mark>").doesNotContain("<b>");
		assertThat(results.facets()).containsKey("type");
	}

	@Test
	void visitorsNeverFindWhatIsForMembersOrCoaches() {
		document("public", "public", "Guide du statut d'entrepreneur-salarié", "Le statut en questions.");
		document("members", "members", "Modèle de suivi d'activité pour entrepreneur", "Réservé aux membres.");
		document("coaches", "coaches", "Kit de formation entrepreneur", "Réservé aux accompagnateurs.");
		Eventually.pause(Duration.ofMillis(1500));
		assertThat(find("entrepreneur", "public")).containsExactly("public");
		assertThat(find("entrepreneur", "public", "members", "coaches")).hasSize(3);
	}

	@Test
	void aShowcasePublishedByMembersServiceBecomesSearchableThroughThePublicApi() {
		String slug = "test-" + UUID.randomUUID();
		String rare = "Zythologie" + UUID.randomUUID().toString().substring(0, 8);
		this.broker.publish(MessageEnvelope.of(
				new ShowcasePublished(slug, "Noé Test", rare + " Brasserie", this.run, "Alimentation",
						"Bières artisanales de Haute-Savoie", "Annecy", "seynod", null,
						List.of(new ShowcasePublished.Page("presentation", "Présentation",
								"Des bières brassées à Annecy.")),
						"http://localhost:8080/entrepreneurs/" + slug, null),
				Instant.now()));

		RestTestClient client = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		String body = Eventually.await(() -> new String(client.get()
			.uri("/api/resources/public/search?q={q}", rare.toLowerCase())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody()), (answer) -> answer.contains(slug), Duration.ofSeconds(20));
		assertThat(body).contains("\"type\":\"showcase\"").contains("/entrepreneurs/" + slug);
	}

	@Test
	void aTooLongQueryIsRefusedInFrench() {
		RestTestClient client = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		client.get()
			.uri("/api/resources/public/search?q={q}", "x".repeat(300))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("q");
	}

}
