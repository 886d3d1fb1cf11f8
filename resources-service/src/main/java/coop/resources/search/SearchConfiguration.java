package coop.resources.search;

import java.util.concurrent.TimeUnit;

import coop.platform.web.problem.ProblemType;
import coop.platform.web.problem.Problems;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpSolrClient;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The Solr client, the search's health and its 503 answer.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SearchConfiguration {

	static final ProblemType SEARCH_UNAVAILABLE = ProblemType.of("search-unavailable", HttpStatus.SERVICE_UNAVAILABLE,
			"Recherche indisponible");

	/**
	 * SolrJ's Apache HttpClient client: a request runs on the caller's thread with
	 * blocking sockets, whose timeouts bound every wait (connecting 3 s, each read 10 s),
	 * so neither a search nor the relay can hang on a Solr that stopped in the middle of
	 * a request. The JDK HTTP client (HttpJdkSolrClient) needed a deadline of our own on
	 * another thread for that, and passes each request through its selector and executor
	 * threads: three thread hand-offs and about 0.9 ms of CPU per search (bench/search).
	 * Deprecated in SolrJ 9 (its Jetty client clashes with Boot's Jetty 12); SolrJ 10's
	 * Jetty 12 client is the one to move to with it.
	 */
	@Bean(destroyMethod = "close")
	@SuppressWarnings("deprecation")
	SolrClient solrClient(SearchProperties properties) {
		return new HttpSolrClient.Builder(properties.solrUrl()).withDefaultCollection(properties.core())
			.withConnectionTimeout(3, TimeUnit.SECONDS)
			.withSocketTimeout(10, TimeUnit.SECONDS)
			.build();
	}

	/**
	 * Solr down is reported, but the service stays UP: everything but search works, and
	 * changes wait in the queue ({@code pendingChanges}).
	 */
	@Bean
	AbstractHealthIndicator searchHealthIndicator(SearchIndex index, IndexQueue queue, SearchProperties properties) {
		return new AbstractHealthIndicator("Search health check failed") {
			@Override
			protected void doHealthCheck(Health.Builder builder) {
				builder.status(Status.UP)
					.withDetail("solr", index.ping() ? "UP" : "DOWN")
					.withDetail("core", properties.core())
					.withDetail("pendingChanges", queue.pending());
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
						"La recherche est momentanément indisponible. Le reste du site fonctionne : réessayez dans quelques instants."));
		}

	}

}
