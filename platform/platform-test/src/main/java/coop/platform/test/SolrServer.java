package coop.platform.test;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A Solr server holding the {@code coop} core built from the repository's configset.
 */
public record SolrServer(String baseUrl) {

	public void register(DynamicPropertyRegistry registry) {
		registry.add("coop.search.solr-url", this::baseUrl);
	}

}
