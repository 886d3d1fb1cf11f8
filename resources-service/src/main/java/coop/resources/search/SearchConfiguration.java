package coop.resources.search;

import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import coop.platform.web.problem.ProblemType;
import coop.platform.web.problem.Problems;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;

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
 * The Solr client (JDK HTTP client: it needs no Jetty jars, which Boot's dependency
 * management would clash with), the search's health and its 503 answer.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SearchConfiguration {

	static final ProblemType SEARCH_UNAVAILABLE = ProblemType.of("search-unavailable", HttpStatus.SERVICE_UNAVAILABLE,
			"Recherche indisponible");

	/**
	 * HTTP/1.1: the JDK client's HTTP/2 connections hang for good on a Solr that
	 * restarted. The idle timeout is what bounds each request's wait for an answer.
	 */
	@Bean(destroyMethod = "close")
	SolrClient solrClient(SearchProperties properties) {
		return new HttpJdkSolrClient.Builder(properties.solrUrl()).withDefaultCollection(properties.core())
			.useHttp1_1(true)
			.withConnectionTimeout(3, TimeUnit.SECONDS)
			.withIdleTimeout(10, TimeUnit.SECONDS)
			.withRequestTimeout(10, TimeUnit.SECONDS)
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
