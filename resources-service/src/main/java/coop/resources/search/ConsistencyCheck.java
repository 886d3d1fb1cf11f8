package coop.resources.search;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Compares each store with the index: documents missing from the index, documents the
 * index still has though their store does not, and documents whose {@code changedAt}
 * differs. Changes still waiting in the queue are in flight, not differences. A repair
 * queues what is missing or outdated and removes what is left over; it runs by itself
 * every half hour, so a change lost between a store and the queue (a crash between the
 * two writes) is caught up.
 */
@Component
class ConsistencyCheck {

	private static final Log logger = LogFactory.getLog(ConsistencyCheck.class);

	/** Ids listed per difference in a report (the counts are complete). */
	static final int SAMPLE = 20;

	private final SearchIndexing indexing;

	private final SearchIndex index;

	private final IndexQueue queue;

	private final MongoTemplate mongo;

	ConsistencyCheck(SearchIndexing indexing, SearchIndex index, IndexQueue queue, MongoTemplate mongo) {
		this.indexing = indexing;
		this.index = index;
		this.queue = queue;
		this.mongo = mongo;
	}

	Report check(boolean repair) {
		Set<String> inFlight = new HashSet<>();
		this.mongo.find(new Query(), IndexTask.class).forEach((task) -> inFlight.add(task.id()));
		List<KindReport> kinds = new ArrayList<>();
		for (IndexSource source : this.indexing.sources().values()) {
			kinds.add(check(source, inFlight, repair));
		}
		return new Report(kinds.stream().allMatch(KindReport::consistent), this.queue.pending(),
				this.queue.refusedCount(), repair, kinds);
	}

	private KindReport check(IndexSource source, Set<String> inFlight, boolean repair) {
		Map<String, Instant> stored = new HashMap<>();
		try (Stream<SearchDocument> all = source.all()) {
			all.forEach((document) -> stored.put(document.id(), millis(document.changedAt())));
		}
		Map<String, Instant> indexed = this.index.changedAtByIdOf(source.kind());
		List<String> missing = new ArrayList<>();
		List<String> outdated = new ArrayList<>();
		List<String> extra = new ArrayList<>();
		stored.forEach((id, changedAt) -> {
			if (inFlight.contains(id)) {
				return;
			}
			if (!indexed.containsKey(id)) {
				missing.add(id);
			}
			else if (!Objects.equals(millis(indexed.get(id)), changedAt)) {
				outdated.add(id);
			}
		});
		indexed.keySet().stream().filter((id) -> !stored.containsKey(id) && !inFlight.contains(id)).forEach(extra::add);
		if (repair) {
			String prefix = source.kind().wire() + ":";
			missing.forEach((id) -> this.indexing.refresh(source.kind(), id.substring(prefix.length())));
			outdated.forEach((id) -> this.indexing.refresh(source.kind(), id.substring(prefix.length())));
			extra.forEach((id) -> this.indexing.removed(source.kind(), id.substring(prefix.length())));
		}
		return new KindReport(source.kind().wire(), stored.size(), indexed.size(), missing.size(), outdated.size(),
				extra.size(), sample(missing), sample(outdated), sample(extra));
	}

	@Scheduled(initialDelay = 120_000, fixedDelay = 1_800_000)
	void repairQuietly() {
		try {
			Report report = check(true);
			if (!report.consistent()) {
				logger.warn("Search index differed from the stores, repaired: " + report.kinds());
			}
		}
		catch (SearchUnavailableException ex) {
			logger.debug("Consistency check skipped, Solr unavailable");
		}
	}

	/** Solr and MongoDB keep milliseconds. */
	private static Instant millis(Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.MILLIS) : null;
	}

	private static List<String> sample(List<String> ids) {
		return ids.stream().sorted().limit(SAMPLE).toList();
	}

	/**
	 * @param consistent no difference in any kind
	 * @param pending changes waiting in the queue for Solr
	 * @param refused changes Solr refused, retried later
	 * @param repaired whether the differences were queued for repair
	 */
	record Report(boolean consistent, long pending, long refused, boolean repaired, List<KindReport> kinds) {
	}

	/**
	 * @param stored documents in the store
	 * @param indexed documents in the index
	 */
	record KindReport(String kind, long stored, long indexed, long missing, long outdated, long extra,
			List<String> missingIds, List<String> outdatedIds, List<String> extraIds) {

		boolean consistent() {
			return this.missing == 0 && this.outdated == 0 && this.extra == 0;
		}

	}

}
