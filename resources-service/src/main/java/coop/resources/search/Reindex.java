package coop.resources.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.solr.common.SolrInputDocument;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the whole index from the stores while search keeps answering: every document
 * of every {@link IndexSource} is written again (upserts), then what the run did not
 * write is removed (it no longer exists in any store). Changes made meanwhile go through
 * the queue as usual and are newer, so they survive the final sweep. One run at a time
 * across replicas (a claim in {@code search_jobs}); its progress is readable by staff.
 */
@Component
class Reindex {

	private static final Log logger = LogFactory.getLog(Reindex.class);

	private static final int BATCH = 200;

	/** A run whose progress has not moved for that long died with its process. */
	private static final Duration STALE = Duration.ofMinutes(5);

	private final MongoTemplate mongo;

	private final SearchIndexing indexing;

	private final SearchIndex index;

	private final SolrDocuments documents;

	private final Clock clock;

	private final ExecutorService runner = Executors.newSingleThreadExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "search-reindex");
		thread.setDaemon(true);
		return thread;
	});

	Reindex(MongoTemplate mongo, SearchIndexing indexing, SearchIndex index, SolrDocuments documents, Clock clock) {
		this.mongo = mongo;
		this.indexing = indexing;
		this.index = index;
		this.documents = documents;
		this.clock = clock;
	}

	/** Starts a run unless one is going on; either way answers the current progress. */
	Progress start(String by) {
		Instant now = this.clock.instant();
		Query free = Query.query(Criteria.where("_id")
			.is(Progress.ID)
			.orOperator(Criteria.where("status").ne(Progress.RUNNING),
					Criteria.where("updatedAt").lt(now.minus(STALE))));
		Progress claimed = this.mongo.findAndModify(free,
				new Update().set("status", Progress.RUNNING)
					.set("startedAt", now)
					.set("updatedAt", now)
					.set("finishedAt", null)
					.set("startedBy", by)
					.set("total", 0L)
					.set("done", 0L)
					.set("kinds", Map.of())
					.set("message", "Reconstruction en cours."),
				FindAndModifyOptions.options().returnNew(true).upsert(false), Progress.class);
		if (claimed == null && this.mongo.findById(Progress.ID, Progress.class) == null) {
			try {
				this.mongo.insert(new Progress(Progress.ID, Progress.RUNNING, now, now, null, by, 0, 0, Map.of(),
						"Reconstruction en cours."));
				claimed = this.mongo.findById(Progress.ID, Progress.class);
			}
			catch (org.springframework.dao.DuplicateKeyException ex) {
				claimed = null;
			}
		}
		if (claimed != null) {
			Instant startedAt = claimed.startedAt();
			this.runner.execute(() -> run(startedAt));
			return claimed;
		}
		return progress();
	}

	Progress progress() {
		Progress progress = this.mongo.findById(Progress.ID, Progress.class);
		return (progress != null) ? progress : new Progress(Progress.ID, "idle", null, null, null, null, 0, 0, Map.of(),
				"Aucune reconstruction lancée.");
	}

	/**
	 * Runs in the caller's thread (tests, the launcher's command go through
	 * {@link #start}).
	 */
	void run(Instant startedAt) {
		try {
			Map<SearchKind, IndexSource> sources = this.indexing.sources();
			Map<String, Long> totals = new LinkedHashMap<>();
			long total = 0;
			for (Map.Entry<SearchKind, IndexSource> source : sources.entrySet()) {
				long count = source.getValue().count();
				totals.put(source.getKey().wire(), count);
				total += count;
			}
			update(new Update().set("total", total).set("kinds", totals));
			long done = 0;
			for (IndexSource source : sources.values()) {
				try (Stream<SearchDocument> all = source.all()) {
					List<SolrInputDocument> batch = new ArrayList<>(BATCH);
					for (SearchDocument document : (Iterable<SearchDocument>) all::iterator) {
						batch.add(this.documents.toSolr(document));
						if (batch.size() == BATCH) {
							done += flush(batch);
						}
					}
					done += flush(batch);
				}
			}
			this.index.deleteWrittenBefore(sources.keySet(), startedAt);
			update(new Update().set("status", Progress.DONE)
				.set("done", done)
				.set("finishedAt", this.clock.instant())
				.set("message", "Index reconstruit : " + done + " documents."));
			logger.info("Reindex done: " + done + " documents");
		}
		catch (RuntimeException ex) {
			logger.warn("Reindex failed: " + ex.getMessage(), ex);
			update(new Update().set("status", Progress.FAILED)
				.set("finishedAt", this.clock.instant())
				.set("message", (ex instanceof SearchUnavailableException)
						? "Reconstruction interrompue : le moteur de recherche est injoignable. Relancez-la quand il répond."
						: "Reconstruction interrompue par une erreur. Consultez les journaux du service."));
		}
	}

	private long flush(List<SolrInputDocument> batch) {
		int size = batch.size();
		if (size > 0) {
			this.index.write(batch, List.of());
			batch.clear();
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(Progress.ID)),
					new Update().inc("done", size).set("updatedAt", this.clock.instant()), Progress.class);
		}
		return size;
	}

	private void update(Update update) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(Progress.ID)),
				update.set("updatedAt", this.clock.instant()), Progress.class);
	}

	/**
	 * Where the last (or current) reindex stands.
	 *
	 * @param status {@code idle}, {@code running}, {@code done} or {@code failed}
	 * @param kinds documents to write per kind
	 * @param message what to tell staff, in French
	 */
	@Document("search_jobs")
	record Progress(@Id String id, String status, Instant startedAt, Instant updatedAt, Instant finishedAt,
			String startedBy, long total, long done, Map<String, Long> kinds, String message) {

		static final String ID = "reindex";

		static final String RUNNING = "running";

		static final String DONE = "done";

		static final String FAILED = "failed";

	}

}
