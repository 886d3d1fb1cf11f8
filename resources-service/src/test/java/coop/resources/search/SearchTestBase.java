package coop.resources.search;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import coop.platform.contracts.ContractJson;
import coop.platform.test.Eventually;
import coop.platform.test.KeycloakServer;
import coop.platform.test.OwnSolrServer;
import coop.platform.test.TestServers;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * What the search tests share: one application context on the real servers, with a Solr
 * of the tests' own ({@link OwnSolrServer}: they wipe, reindex and stop it). Each test
 * class tags its documents with a sector of its own run and filters on it, so that tests
 * never count each other's documents.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "eureka.client.enabled=false", "coop.search.extraction.max-file-size=2MB" })
abstract class SearchTestBase {

	static final OwnSolrServer solr = TestServers.ownSolr();

	static final KeycloakServer keycloak = TestServers.keycloak();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.mongo("resources_search_it").register(registry);
		TestServers.rabbit().register(registry);
		solr.register(registry);
		keycloak.register(registry);
	}

	@Autowired
	SearchIndexing indexing;

	@Autowired
	SearchService search;

	@Value("${local.server.port}")
	int port;

	final String run = "run-" + UUID.randomUUID();

	RestTestClient client() {
		return RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	/**
	 * A published document of this run: its sector is the run, its id
	 * {@code <kind>:<run>-<name>}.
	 */
	SearchDocument.Builder document(String name, SearchDocument.Access access) {
		return SearchDocument.builder(SearchKind.RESOURCE, this.run + "-" + name, access)
			.sectors(List.of(this.run))
			.url("https://coopemploi.com/" + name)
			.date(Instant.now());
	}

	SearchResults find(Reader reader, String text) {
		return this.search.search(reader, request(text));
	}

	SearchRequest request(String text) {
		return new SearchRequest(QueryText.clean(text), List.of(), null, this.run, null, null, false, 0, 50);
	}

	@Autowired
	SearchIndex index;

	/**
	 * Waits until the index holds {@code count} documents of this run, whatever their
	 * access.
	 */
	void awaitIndexed(long count) {
		Eventually.await(() -> {
			try {
				return indexedCount();
			}
			catch (SearchUnavailableException ex) {
				return -1L;
			}
		}, (total) -> total == count, Duration.ofSeconds(30));
	}

	long indexedCount() {
		SolrQuery query = new SolrQuery("*:*").addFilterQuery("sector:" + ClientUtils.escapeQueryChars(this.run))
			.setRows(0);
		query.set("defType", "lucene");
		return this.index.query(query).getResults().getNumFound();
	}

	List<String> names(SearchResults results) {
		String prefix = "resource:" + this.run + "-";
		return results.items().stream().map((hit) -> hit.id().replace(prefix, "")).toList();
	}

	static String subjectOf(String token) {
		String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
		return ContractJson.mapper().readTree(payload).get("sub").asString();
	}

}
