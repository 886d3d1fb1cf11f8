package coop.resources.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The index's outbox in MongoDB ({@code search_queue}): every change to the index is
 * written here first, then {@link IndexRelay} takes it to Solr. Solr being down delays
 * changes, never loses them; one document refused by Solr is retried with a growing delay
 * and never holds back the others.
 */
@Component
class IndexQueue {

	/** After that many refusals a task waits for a reindex or a new change. */
	static final int MAX_ATTEMPTS = 8;

	private final MongoTemplate mongo;

	private final Clock clock;

	IndexQueue(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	void upsert(SearchDocument document) {
		enqueue(document.id(), IndexTask.Action.UPSERT, document);
	}

	void delete(String id) {
		enqueue(id, IndexTask.Action.DELETE, null);
	}

	private void enqueue(String id, IndexTask.Action action, SearchDocument document) {
		Instant now = this.clock.instant();
		Update update = new Update().set("token", UUID.randomUUID().toString())
			.set("action", action)
			.set("document", document)
			.set("enqueuedAt", now)
			.set("attempts", 0)
			.set("notBefore", now)
			.unset("lastError");
		this.mongo.upsert(byId(id), update, IndexTask.class);
	}

	List<IndexTask> due(int limit) {
		Query query = Query.query(Criteria.where("notBefore").lte(this.clock.instant()))
			.with(Sort.by("enqueuedAt"))
			.limit(limit);
		return this.mongo.find(query, IndexTask.class);
	}

	/** Removes the task unless it was replaced by a newer change meanwhile. */
	void done(IndexTask task) {
		this.mongo.remove(byId(task.id()).addCriteria(Criteria.where("token").is(task.token())), IndexTask.class);
	}

	/** Solr refused this task's document: try again later, less and less often. */
	void refused(IndexTask task, String error) {
		int attempts = task.attempts() + 1;
		Duration delay = (attempts >= MAX_ATTEMPTS) ? Duration.ofDays(3650)
				: Duration.ofSeconds(Math.min(3600, 5L << attempts));
		this.mongo.updateFirst(byId(task.id()).addCriteria(Criteria.where("token").is(task.token())),
				new Update().set("attempts", attempts)
					.set("notBefore", this.clock.instant().plus(delay))
					.set("lastError", error),
				IndexTask.class);
	}

	long pending() {
		return this.mongo.count(new Query(), IndexTask.class);
	}

	long refusedCount() {
		return this.mongo.count(Query.query(Criteria.where("attempts").gt(0)), IndexTask.class);
	}

	private static Query byId(String id) {
		return Query.query(Criteria.where("_id").is(id));
	}

}
