package coop.resources.search;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;

import org.springframework.stereotype.Component;

/**
 * The one door to Solr: writes (upserts and removals by id, visible within a second),
 * queries, and the id listings of the consistency check. Unreachable Solr is a
 * {@link SearchUnavailableException}; a request Solr refuses is a {@link Refused}.
 */
@Component
class SearchIndex {

	/** Visible to searches within a second; Solr's autoCommit makes it durable. */
	private static final int COMMIT_WITHIN_MS = 1000;

	private static final Duration DEADLINE = Duration.ofSeconds(15);

	private final SolrClient solr;

	private final ExecutorService calls = Executors.newCachedThreadPool((runnable) -> {
		Thread thread = new Thread(runnable, "solr-call");
		thread.setDaemon(true);
		return thread;
	});

	SearchIndex(SolrClient solr) {
		this.solr = solr;
	}

	void write(Collection<SolrInputDocument> documents, Collection<String> removals) {
		call(() -> {
			if (!documents.isEmpty()) {
				this.solr.add(documents, COMMIT_WITHIN_MS);
			}
			if (!removals.isEmpty()) {
				this.solr.deleteById(List.copyOf(removals), COMMIT_WITHIN_MS);
			}
			return null;
		});
	}

	/**
	 * Removes the documents of those kinds written before that instant: what a reindex
	 * started then did not write again no longer exists in the stores.
	 */
	void deleteWrittenBefore(Collection<SearchKind> kinds, Instant before) {
		String types = String.join(" OR ", kinds.stream().map(SearchKind::wire).toList());
		call(() -> this.solr.deleteByQuery(
				"type:(" + types + ") AND indexedAt:[* TO \"" + ClientUtils.escapeQueryChars(before.toString()) + "\"}",
				COMMIT_WITHIN_MS));
	}

	void deleteAll() {
		call(() -> this.solr.deleteByQuery("*:*"));
		call(() -> this.solr.commit());
	}

	QueryResponse query(SolrQuery query) {
		return call(() -> this.solr.query(query, SolrRequest.METHOD.GET));
	}

	/** Index id → {@code changedAt} of every document of a kind (consistency check). */
	Map<String, Instant> changedAtByIdOf(SearchKind kind) {
		Map<String, Instant> found = new LinkedHashMap<>();
		String cursor = "*";
		while (true) {
			SolrQuery query = new SolrQuery("*:*").addFilterQuery("type:" + kind.wire())
				.setFields("id", "changedAt")
				.setRows(1000)
				.setSort("id", SolrQuery.ORDER.asc)
				.setParam("cursorMark", cursor)
				.setParam("defType", "lucene")
				.setParam("hl", false)
				.setParam("facet", false);
			QueryResponse response = query(query);
			for (SolrDocument doc : response.getResults()) {
				Date changedAt = (Date) doc.getFieldValue("changedAt");
				found.put((String) doc.getFieldValue("id"), (changedAt != null) ? changedAt.toInstant() : null);
			}
			if (cursor.equals(response.getNextCursorMark())) {
				return found;
			}
			cursor = response.getNextCursorMark();
		}
	}

	boolean ping() {
		try {
			return call(() -> this.solr.ping().getStatus() == 0);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Runs a Solr request with a deadline of our own: the JDK HTTP client can wait for
	 * good on a Solr that stops in the middle of a request, and neither a search nor the
	 * relay may hang on it.
	 */
	<T> T call(SolrCall<T> call) {
		Future<T> running = this.calls.submit(call::run);
		try {
			return running.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			running.cancel(true);
			throw new SearchUnavailableException("Solr did not answer within " + DEADLINE.toSeconds() + " s", ex);
		}
		catch (InterruptedException ex) {
			running.cancel(true);
			Thread.currentThread().interrupt();
			throw new SearchUnavailableException("Interrupted while waiting for Solr", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof SolrException solrException && solrException.code() >= 400
					&& solrException.code() < 500) {
				throw new Refused(cause.getMessage(), cause);
			}
			throw new SearchUnavailableException("Solr unreachable or failed: " + cause.getMessage(), cause);
		}
	}

	@FunctionalInterface
	interface SolrCall<T> {

		T run() throws SolrServerException, IOException;

	}

	/**
	 * Solr refused the request itself (a bad document or query), not a passing outage.
	 */
	static class Refused extends RuntimeException {

		Refused(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
