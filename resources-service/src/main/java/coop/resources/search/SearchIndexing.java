package coop.resources.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * How everything reaches the index: writers call {@link #changed} after saving a change
 * and {@link #removed} after deleting, or {@link #refresh} to have the document rebuilt
 * by its {@link IndexSource}. Each call only queues the change (MongoDB
 * {@code search_queue}); {@link IndexRelay} writes it to Solr within a second, or once
 * Solr is back. Things owned by other services (showcases, events) have no store here:
 * {@link #keepCopy} keeps the document the message described, so a reindex can rebuild
 * them too.
 */
@Service
public class SearchIndexing {

	private final IndexQueue queue;

	private final SearchCopies copies;

	private final IndexRelay relay;

	/**
	 * Looked up when needed: sources (the resource centre, the Q&A) write through this
	 * class.
	 */
	private final ObjectProvider<IndexSource> sources;

	SearchIndexing(IndexQueue queue, SearchCopies copies, IndexRelay relay, ObjectProvider<IndexSource> sources) {
		this.queue = queue;
		this.copies = copies;
		this.relay = relay;
		this.sources = sources;
	}

	/**
	 * Queues the document's new state (an upsert by id: repeating it changes nothing).
	 */
	public void changed(SearchDocument document) {
		this.queue.upsert(document);
		this.relay.wakeUp();
	}

	/** Queues the removal of {@code <kind>:<sourceId>}. */
	public void removed(SearchKind kind, String sourceId) {
		this.queue.delete(kind.documentId(sourceId));
		this.relay.wakeUp();
	}

	/**
	 * Rebuilds the document from its source: queued as changed if the source still has
	 * it, as removed otherwise.
	 */
	public void refresh(SearchKind kind, String sourceId) {
		Optional<SearchDocument> document = source(kind).find(sourceId);
		if (document.isPresent()) {
			changed(document.get());
		}
		else {
			removed(kind, sourceId);
		}
	}

	/** For things another service owns: keeps a copy to reindex from, then indexes it. */
	public void keepCopy(SearchDocument document) {
		this.copies.save(document);
		changed(document);
	}

	/** The copy kept of a thing another service owns, if any. */
	public Optional<SearchDocument> copyOf(SearchKind kind, String sourceId) {
		return this.copies.sourceOf(kind).find(sourceId);
	}

	/**
	 * For things another service owns: forgets the copy, then removes it from the index.
	 */
	public void dropCopy(SearchKind kind, String sourceId) {
		this.copies.delete(kind, sourceId);
		removed(kind, sourceId);
	}

	/**
	 * The things of another service that a person owns, as kept here (a showcase of a
	 * person being erased).
	 */
	public java.util.List<String> copiesOwnedBy(SearchKind kind, String owner) {
		try (java.util.stream.Stream<SearchDocument> all = this.copies.sourceOf(kind).all()) {
			return all.filter((document) -> owner.equals(document.access().owner()))
				.map(SearchDocument::sourceId)
				.toList();
		}
	}

	IndexSource source(SearchKind kind) {
		return this.sources.orderedStream()
			.filter((source) -> source.kind() == kind)
			.findFirst()
			.orElseGet(() -> this.copies.sourceOf(kind));
	}

	/** Every kind the index can be rebuilt from, with its source. */
	Map<SearchKind, IndexSource> sources() {
		Map<SearchKind, IndexSource> all = new EnumMap<>(SearchKind.class);
		for (SearchKind kind : SearchKind.values()) {
			all.put(kind, source(kind));
		}
		return all;
	}

}
