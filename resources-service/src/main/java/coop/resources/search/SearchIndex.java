package coop.resources.search;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	private final SolrClient solr;

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
	 * Runs a Solr request on the caller's thread (the client's socket timeouts bound its
	 * waits: {@link SearchConfiguration#solrClient}), telling a request Solr refused from
	 * a Solr that is not there.
	 */
	<T> T call(SolrCall<T> call) {
		try {
			return call.run();
		}
		catch (SolrException ex) {
			if (ex.code() >= 400 && ex.code() < 500) {
				throw new Refused(ex.getMessage(), ex);
			}
			throw new SearchUnavailableException("Solr failed: " + ex.getMessage(), ex);
		}
		catch (SolrServerException | IOException | RuntimeException ex) {
			throw new SearchUnavailableException("Solr unreachable or failed: " + ex.getMessage(), ex);
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
