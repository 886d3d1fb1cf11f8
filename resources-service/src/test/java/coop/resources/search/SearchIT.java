package coop.resources.search;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import coop.platform.contracts.members.ShowcasePublished;
import coop.platform.contracts.members.ShowcaseWithdrawn;
import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.Eventually;
import coop.resources.search.SearchDocument.Access;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site's search on a real Solr with the repository's configset: French analysis,
 * synonyms, spelling suggestions, suggestions as you type, highlights, facets, sort and
 * pages, and showcases arriving from the broker.
 */
class SearchIT extends SearchTestBase {

	@Autowired
	BrokerPublisher broker;

	@Autowired
	Synonyms synonyms;

	@Test
	void frenchWordsMatchAcrossPluralsAccentsAndElisions() {
		this.indexing.changed(document("formation", Access.everyone()).title("Formation à la gestion")
			.body("Une formation pour tenir ses comptes.")
			.build());
		this.indexing.changed(document("creation", Access.everyone()).title("La création d'activité")
			.body("Créer son activité en coopérative.")
			.build());
		this.indexing.changed(document("entreprise", Access.everyone()).title("Présenter son entreprise")
			.body("Une entreprise du territoire.")
			.build());
		awaitIndexed(3);

		assertThat(names(find(Reader.VISITOR, "formations"))).containsExactly("formation");
		assertThat(names(find(Reader.VISITOR, "creation"))).containsExactly("creation");
		assertThat(names(find(Reader.VISITOR, "CRÉATION"))).containsExactly("creation");
		assertThat(names(find(Reader.VISITOR, "l'entreprise"))).containsExactly("entreprise");
		assertThat(names(find(Reader.VISITOR, "entreprises"))).containsExactly("entreprise");
		assertThat(find(Reader.VISITOR, "les").total()).isZero();
	}

	@Test
	void theCooperativesSynonymsFindEachOtherAndStaffCanAddOne() {
		this.indexing.changed(
				document("cape", Access.everyone()).title("Signer son contrat d'appui au projet d'entreprise").build());
		this.indexing.changed(document("cae", Access.everyone()).title("Qu'est-ce qu'une CAE ?").build());
		this.indexing.changed(document("bourse", Access.everyone()).title("La bourse aux locaux").build());
		awaitIndexed(3);
		this.synonyms.align();

		assertThat(names(find(Reader.VISITOR, "CAPE"))).containsExactly("cape");
		assertThat(names(find(Reader.VISITOR, "coopérative d'activités et d'emploi"))).containsExactly("cae");
		assertThat(find(Reader.VISITOR, "colocation").total()).isZero();

		List<SynonymGroup> before = this.synonyms.list();
		try {
			List<SynonymGroup> edited = new java.util.ArrayList<>(before);
			edited.add(new SynonymGroup(List.of("colocation", "bourse aux locaux")));
			assertThat(this.synonyms.replace(edited, "camille.staff")).isTrue();
			assertThat(names(find(Reader.VISITOR, "colocation"))).containsExactly("bourse");
		}
		finally {
			this.synonyms.replace(before, "camille.staff");
		}
		assertThat(find(Reader.VISITOR, "colocation").total()).isZero();
	}

	@Test
	void nothingFoundSuggestsASpellingThatFindsSomething() {
		this.indexing.changed(document("prospection", Access.everyone()).title("Préparer sa prospection téléphonique")
			.body("Trame d'appel et exercices.")
			.build());
		this.indexing.changed(document("secret", Access.of(Visibility.COACHES, Status.PUBLISHED))
			.title("Grille d'évaluation confidentielle")
			.build());
		awaitIndexed(2);

		SearchResults results = find(Reader.VISITOR, "prospecton");
		assertThat(results.total()).isZero();
		assertThat(results.suggestions()).contains("prospection");
		// a word only a coaches' document holds is never suggested to a visitor
		assertThat(find(Reader.VISITOR, "confidentiele").suggestions()).isEmpty();
	}

	@Test
	void suggestionsAsYouTypeOfferTitlesTheReaderMayRead() {
		this.indexing
			.changed(document("publique", Access.everyone()).title("Tenir sa comptabilité au quotidien").build());
		this.indexing.changed(document("membres", Access.of(Visibility.MEMBERS, Status.PUBLISHED))
			.title("Comptabilité : le modèle de suivi")
			.build());
		awaitIndexed(2);

		List<SearchResults.Suggestion> visitor = Eventually.await(() -> this.search.suggest(Reader.VISITOR, "compta")
			.stream()
			.filter((suggestion) -> suggestion.id().contains(this.run))
			.toList(), (found) -> !found.isEmpty(), Duration.ofSeconds(5));
		assertThat(visitor).extracting(SearchResults.Suggestion::title)
			.containsExactly("Tenir sa comptabilité au quotidien");
		List<SearchResults.Suggestion> member = this.search.suggest(new Reader("someone", true, false), "compta")
			.stream()
			.filter((suggestion) -> suggestion.id().contains(this.run))
			.toList();
		assertThat(member).hasSize(2);
	}

	@Test
	void passagesAreHighlightedEscapedAndSayWhichPartMatched() {
		this.indexing.changed(document("prix", Access.everyone()).title("Fixer ses <b>prix</b>")
			.summary("Le calcul de la marge.")
			.body("Calculer le prix de revient <script>alert(1)</script> et la marge de chaque produit.")
			.build());
		awaitIndexed(1);

		SearchResults.Hit hit = find(Reader.VISITOR, "prix").items().get(0);
		assertThat(hit.titleHtml()).startsWith("Fixer ses &lt;b&gt;<mark>prix</mark>&lt;").doesNotContain("<b>");
		assertThat(hit.passages()).extracting(SearchResults.Passage::field).contains("body");
		String body = hit.passages().stream().filter((p) -> p.field().equals("body")).findFirst().get().html();
		assertThat(body).contains("<mark>prix</mark>").contains("&lt;script&gt;").doesNotContain("<script>");
		assertThat(body.replaceAll("</?mark>", "")).doesNotContain("<").doesNotContain(">");

		// a title the words were not found in is escaped the same way: markup escaped,
		// accents left as they are
		// (a named reference such as &eacute; was shown as such on the results page)
		this.indexing.changed(document("sans-titre", Access.everyone()).title("Créer <i>l'activité</i> à Annecy")
			.summary("Le calcul de la marge.")
			.body("Un marché de producteurs, deux fois par semaine.")
			.build());
		awaitIndexed(2);
		SearchResults.Hit untitled = find(Reader.VISITOR, "producteurs").items()
			.stream()
			.filter((h) -> h.title().startsWith("Créer"))
			.findFirst()
			.orElseThrow();
		assertThat(untitled.titleHtml()).isEqualTo("Créer &lt;i&gt;l&#39;activité&lt;/i&gt; à Annecy");
	}

	@Test
	void facetsSortAndPages() {
		Instant now = Instant.now();
		for (int i = 0; i < 7; i++) {
			this.indexing.changed(document("atelier-" + i, Access.everyone()).title("Atelier numéro " + i)
				.themes(List.of((i % 2 == 0) ? "Gestion" : "Commercial"))
				.date(now.minus(i * 20L, ChronoUnit.DAYS))
				.build());
		}
		this.indexing.changed(SearchDocument.builder(SearchKind.EVENT, this.run + "-salon", Access.everyone())
			.title("Atelier au salon")
			.sectors(List.of(this.run))
			.date(now.plus(10, ChronoUnit.DAYS))
			.build());
		awaitIndexed(8);

		SearchResults all = find(Reader.VISITOR, "atelier");
		assertThat(all.total()).isEqualTo(8);
		assertThat(counts(all, "type")).containsEntry("resource", 7L).containsEntry("event", 1L);
		assertThat(counts(all, "theme")).containsEntry("Gestion", 4L).containsEntry("Commercial", 3L);
		assertThat(counts(all, "date")).containsEntry("a-venir", 1L)
			.containsEntry("30-jours", 2L)
			.containsEntry("12-mois", 7L);
		assertThat(all.facets().get("type")).extracting(SearchResults.FacetValue::label).contains("Événement");

		SearchRequest gestionByDate = new SearchRequest("atelier", List.of(SearchKind.RESOURCE), "Gestion", this.run,
				null, null, true, 0, 3);
		SearchResults page = this.search.search(Reader.VISITOR, gestionByDate);
		assertThat(page.total()).isEqualTo(4);
		assertThat(names(page)).containsExactly("atelier-0", "atelier-2", "atelier-4");
		// the chosen theme does not shrink the theme facet: people can switch
		assertThat(counts(page, "theme")).containsEntry("Commercial", 3L);
		SearchResults second = this.search.search(Reader.VISITOR, new SearchRequest("atelier",
				List.of(SearchKind.RESOURCE), "Gestion", this.run, null, null, true, 1, 3));
		assertThat(names(second)).containsExactly("atelier-6");

		SearchResults upcoming = this.search.search(Reader.VISITOR, new SearchRequest("atelier", List.of(), null,
				this.run, null, SearchRequest.DateBucket.UPCOMING, false, 0, 10));
		assertThat(upcoming.items()).extracting(SearchResults.Hit::type).containsExactly("event");
	}

	@Test
	void aShowcasePublishedByMembersServiceIsFoundThroughTheApiUntilItIsWithdrawn() {
		String slug = "test-" + UUID.randomUUID();
		String rare = "Zythologie" + UUID.randomUUID().toString().substring(0, 8);
		this.broker.publish(MessageEnvelope.of(
				new ShowcasePublished(slug, "Noé Test", rare + " Brasserie", "FOOD", "Alimentation",
						"Bières artisanales de Haute-Savoie", "Annecy", "seynod", null,
						List.of(new ShowcasePublished.Page("presentation", "Présentation",
								"Des bières brassées à Annecy.")),
						"http://localhost:8080/entrepreneurs/" + slug, null),
				Instant.now()));

		String body = Eventually.await(() -> new String(client().get()
			.uri("/api/resources/public/search?q={q}", rare.toLowerCase())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody()), (answer) -> answer.contains(slug), Duration.ofSeconds(20));
		assertThat(body).contains("\"type\":\"showcase\"").contains("/entrepreneurs/" + slug);

		this.broker.publish(MessageEnvelope.of(new ShowcaseWithdrawn(slug), Instant.now()));
		Eventually.await(() -> new String(client().get()
			.uri("/api/resources/public/search?q={q}", rare.toLowerCase())
			.exchange()
			.expectBody()
			.returnResult()
			.getResponseBody()), (answer) -> answer.contains("\"total\":0"), Duration.ofSeconds(20));
	}

	private static Map<String, Long> counts(SearchResults results, String facet) {
		return results.facets()
			.getOrDefault(facet, List.of())
			.stream()
			.collect(Collectors.toMap(SearchResults.FacetValue::value, SearchResults.FacetValue::count));
	}

}
