package coop.resources.search;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A change waiting to reach Solr: the latest state of one index document (a newer change
 * to the same document replaces it, so the queue never holds two for one id). Removed
 * once Solr took it; kept, and retried, while Solr is unreachable.
 *
 * @param id the index id ({@code resource:<id>}…)
 * @param token changes at every enqueue: a task is removed only if it was not replaced
 * while being written
 * @param document the state to write, {@code null} for a removal
 * @param attempts failed writes of this state that Solr refused (not counting Solr being
 * down)
 */
@Document("search_queue")
record IndexTask(@Id String id, String token, Action action, SearchDocument document, Instant enqueuedAt, int attempts,
		Instant notBefore, String lastError) {

	enum Action {

		UPSERT, DELETE

	}

}
