package coop.resources.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import coop.platform.messaging.RelayLoop;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.solr.common.SolrInputDocument;

import org.springframework.stereotype.Component;

/**
 * Takes the queued changes to Solr, a batch at a time, every second and at once after a
 * change. While Solr is unreachable nothing is lost: the tasks stay and the next round
 * tries again. A batch Solr refuses is retried one document at a time, so one bad
 * document never holds back the others. Two replicas may write the same task: writes are
 * upserts by id and the task is removed only if unchanged, so that costs nothing.
 */
@Component
class IndexRelay extends RelayLoop {

	private static final Log logger = LogFactory.getLog(IndexRelay.class);

	static final int BATCH = 200;

	private final IndexQueue queue;

	private final SearchIndex index;

	private final SolrDocuments documents;

	private final AtomicBoolean solrDown = new AtomicBoolean();

	IndexRelay(IndexQueue queue, SearchIndex index, SolrDocuments documents) {
		super(Duration.ofSeconds(1));
		this.queue = queue;
		this.index = index;
		this.documents = documents;
	}

	@Override
	protected boolean relayRound() {
		List<IndexTask> tasks = this.queue.due(BATCH);
		if (tasks.isEmpty()) {
			return false;
		}
		// while Solr is away, a cheap ping (no request body) tells when to write again
		if (this.solrDown.get() && !this.index.ping()) {
			return false;
		}
		try {
			write(tasks);
			tasks.forEach(this.queue::done);
		}
		catch (SearchUnavailableException ex) {
			if (this.solrDown.compareAndSet(false, true)) {
				logger.warn("Solr unreachable, " + this.queue.pending() + " index changes wait: " + ex.getMessage());
			}
			return false;
		}
		catch (SearchIndex.Refused ex) {
			oneByOne(tasks);
		}
		if (this.solrDown.compareAndSet(true, false)) {
			logger.info("Solr reachable again, index changes flow");
		}
		return tasks.size() == BATCH;
	}

	private void oneByOne(List<IndexTask> tasks) {
		for (IndexTask task : tasks) {
			try {
				write(List.of(task));
				this.queue.done(task);
			}
			catch (SearchIndex.Refused ex) {
				logger.warn("Solr refused " + task.id() + ": " + ex.getMessage());
				this.queue.refused(task, ex.getMessage());
			}
		}
	}

	private void write(List<IndexTask> tasks) {
		List<SolrInputDocument> upserts = new ArrayList<>();
		List<String> removals = new ArrayList<>();
		for (IndexTask task : tasks) {
			if (task.action() == IndexTask.Action.UPSERT && task.document() != null) {
				upserts.add(this.documents.toSolr(task.document()));
			}
			else {
				removals.add(task.id());
			}
		}
		this.index.write(upserts, removals);
	}

	boolean solrDown() {
		return this.solrDown.get();
	}

}
