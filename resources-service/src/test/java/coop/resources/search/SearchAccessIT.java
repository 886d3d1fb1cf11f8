package coop.resources.search;

import java.util.List;
import java.util.Map;

import coop.resources.search.SearchDocument.Access;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who finds what: the filter is inside the Solr query, so totals and facets count only
 * what the reader may read; a personal or unvalidated document never shows to others, not
 * even as a count; nothing typed in the box gets around it, and odd input is a result or
 * a French 400, never a 500.
 */
class SearchAccessIT extends SearchTestBase {

	String marie;

	String theo;

	String lucas;

	@BeforeEach
	void documents() {
		this.marie = subjectOf(keycloak.accessToken("marie.entrepreneur"));
		this.theo = subjectOf(keycloak.accessToken("theo.entrepreneur"));
		this.lucas = subjectOf(keycloak.accessToken("lucas.coach"));
		put("public-1", Access.everyone(), "Guide du statut d'entrepreneur");
		put("public-2", Access.everyone(), "Entrepreneur : vos premiers pas");
		put("members", Access.of(Visibility.MEMBERS, Status.PUBLISHED), "Modèle de suivi pour entrepreneur");
		put("coaches", Access.of(Visibility.COACHES, Status.PUBLISHED), "Kit de formation entrepreneur");
		put("marie-personal", Access.of(Visibility.PERSONAL, Status.PUBLISHED).ownedBy(this.marie, List.of(this.lucas)),
				"Mon prévisionnel d'entrepreneur");
		put("marie-pending", Access.of(Visibility.MEMBERS, Status.PENDING).ownedBy(this.marie, List.of(this.lucas)),
				"Contribution entrepreneur en attente");
		put("theo-draft", Access.of(Visibility.MEMBERS, Status.DRAFT).ownedBy(this.theo, List.of()),
				"Brouillon d'entrepreneur");
		put("hidden", Access.of(Visibility.MEMBERS, Status.HIDDEN).ownedBy(this.theo, List.of()),
				"Message entrepreneur masqué");
		awaitIndexed(8);
	}

	void put(String name, Access access, String title) {
		this.indexing.changed(document(name, access).title(title).themes(List.of("Gestion")).build());
	}

	@Test
	void eachReaderCountsExactlyWhatTheyMayRead() {
		Reader staff = new Reader("staff-subject", true, true);
		assertThat(names(find(Reader.VISITOR, "entrepreneur"))).containsExactlyInAnyOrder("public-1", "public-2");
		assertThat(names(find(new Reader(this.theo, true, false), "entrepreneur")))
			.containsExactlyInAnyOrder("public-1", "public-2", "members", "theo-draft");
		assertThat(names(find(new Reader(this.marie, true, false), "entrepreneur")))
			.containsExactlyInAnyOrder("public-1", "public-2", "members", "marie-personal", "marie-pending");
		assertThat(names(find(new Reader(this.lucas, true, true), "entrepreneur")))
			.containsExactlyInAnyOrder("public-1", "public-2", "members", "coaches", "marie-personal");
		assertThat(names(find(staff, "entrepreneur"))).containsExactlyInAnyOrder("public-1", "public-2", "members",
				"coaches");

		SearchResults visitor = find(Reader.VISITOR, "entrepreneur");
		assertThat(visitor.total()).isEqualTo(2);
		assertThat(visitor.facets().get("theme"))
			.containsExactly(new SearchResults.FacetValue("Gestion", "Gestion", 2));
		assertThat(find(new Reader(this.lucas, true, true), "entrepreneur").facets().get("theme"))
			.containsExactly(new SearchResults.FacetValue("Gestion", "Gestion", 5));
		// "did you mean" never reveals a word of a document the reader may not read
		assertThat(find(Reader.VISITOR, "masqué").total()).isZero();
		assertThat(find(Reader.VISITOR, "masque").suggestions()).isEmpty();
	}

	@Test
	void theTokenDecidesThroughTheApi() {
		assertThat(total(null, "entrepreneur")).isEqualTo(2);
		assertThat(total(keycloak.accessToken("marie.entrepreneur"), "entrepreneur")).isEqualTo(5);
		assertThat(total(keycloak.accessToken("lucas.coach"), "entrepreneur")).isEqualTo(5);
		assertThat(total(keycloak.accessToken("theo.entrepreneur"), "entrepreneur")).isEqualTo(4);
		assertThat(total(keycloak.accessToken("sophie.prescriber"), "entrepreneur")).isEqualTo(2);
		assertThat(total(keycloak.accessToken("camille.staff"), "entrepreneur")).isEqualTo(4);
	}

	@Test
	void nothingTypedGetsAroundTheFilter() {
		for (String attempt : List.of("*:*", "*", "visibility:members", "{!lucene}*:*", "{!term f=visibility}members",
				"entrepreneur OR visibility:coaches", "status:draft", "owner:" + this.theo, "_query_:\"{!lucene}*:*\"",
				"(entrepreneur", "entrepreneur)", "\"entrepreneur", "[* TO *]", "entrepreneur~2^100", "-entrepreneur",
				"entrepreneur\u0000\u0007\u001b", "\\", "AND OR NOT", "\u202Eentrepreneur")) {
			// a result within the filter, or a French 400 (control characters are refused
			// by the platform)
			var result = client().get()
				.uri((uri) -> uri.path("/api/resources/public/search")
					.queryParam("q", "{q}")
					.queryParam("sector", "{s}")
					.build(attempt, this.run))
				.exchange()
				.expectBody(Map.class)
				.returnResult();
			Map<?, ?> answer = result.getResponseBody();
			if (result.getStatus().value() == 400) {
				assertThat(answer.get("detail")).as(attempt).isNotNull();
				continue;
			}
			assertThat(result.getStatus().value()).as(attempt).isEqualTo(200);
			assertThat(((Number) answer.get("total")).longValue()).as(attempt).isLessThanOrEqualTo(2);
		}
	}

	@Test
	void oddInputIsAFrench400NeverA500() {
		client().get()
			.uri("/api/resources/public/search?q={q}", "x".repeat(10_240))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("q")
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("corriger"));
		client().get()
			.uri("/api/resources/public/search?type=secret")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("type");
		client().get().uri("/api/resources/public/search?date=hier").exchange().expectStatus().isBadRequest();
		client().get().uri("/api/resources/public/search?sort=random").exchange().expectStatus().isBadRequest();
		client().get().uri("/api/resources/public/search?page=-1").exchange().expectStatus().isBadRequest();
		client().get().uri("/api/resources/public/search?size=1000").exchange().expectStatus().isBadRequest();
		client().get().uri("/api/resources/public/search?page=abc").exchange().expectStatus().isBadRequest();
		client().get().uri("/api/resources/public/search?q=").exchange().expectStatus().isOk();
		client().get()
			.uri((uri) -> uri.path("/api/resources/public/search").queryParam("theme", "{t}").build("a\"b:c) OR *:*"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(0);
		client().get()
			.uri("/api/resources/public/search/suggestions?q={q}", "{!lucene}*:*")
			.exchange()
			.expectStatus()
			.isOk();
	}

	private long total(String token, String text) {
		Map<?, ?> answer = client().get()
			.uri((uri) -> uri.path("/api/resources/public/search")
				.queryParam("q", text)
				.queryParam("sector", this.run)
				.build())
			.headers((headers) -> {
				if (token != null) {
					headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
				}
			})
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return ((Number) answer.get("total")).longValue();
	}

}
