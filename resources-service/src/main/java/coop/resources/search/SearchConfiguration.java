package coop.resources.search;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import coop.platform.web.problem.Problems;
import coop.platform.web.problem.ProblemType;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The Solr client (JDK HTTP client: it needs no Jetty jars, which Boot's dependency
 * management would clash with) and its health indicator.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	static final ProblemType SEARCH_UNAVAILABLE = ProblemType.of("search-unavailable", HttpStatus.SERVICE_UNAVAILABLE,
			"Recherche indisponible");

	@Bean(destroyMethod = "close")
	SolrClient solrClient(SearchProperties properties) {
		return new HttpJdkSolrClient.Builder(properties.solrUrl()).withDefaultCollection(properties.core())
			.withConnectionTimeout(3, TimeUnit.SECONDS)
			.withRequestTimeout(10, TimeUnit.SECONDS)
			.build();
	}

	@Bean
	AbstractHealthIndicator solrHealthIndicator(SearchIndex index, SearchProperties properties) {
		return new AbstractHealthIndicator("Solr ping failed") {
			@Override
			protected void doHealthCheck(Health.Builder builder) throws IOException, Exception {
				builder
					.status(index.ping() ? org.springframework.boot.health.contributor.Status.UP
							: org.springframework.boot.health.contributor.Status.DOWN)
					.withDetail("core", properties.core());
			}
		};
	}

	@RestControllerAdvice
	static class SearchErrors {

		@ExceptionHandler(SearchUnavailableException.class)
		ResponseEntity<ProblemDetail> unavailable(SearchUnavailableException ex) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.of(SEARCH_UNAVAILABLE,
						"La recherche est momentanément indisponible. Réessayez dans quelques instants."));
		}

	}

}
