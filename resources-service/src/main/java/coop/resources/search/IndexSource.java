package coop.resources.search;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * A store the index can be rebuilt from: one bean per kind of searchable thing (the
 * resource centre's resources, the Q&A's questions, the copies of other services'
 * showcases and events). The reindex streams {@link #all()}; a refresh after a change (a
 * file's text extracted, a message received) calls {@link #find}.
 */
public interface IndexSource {

	SearchKind kind();

	/**
	 * Every document of this kind as it should be in the index, hidden ones included. The
	 * caller closes the stream (it may hold a database cursor).
	 */
	Stream<SearchDocument> all();

	/**
	 * How many {@link #all()} gives (for the reindex's progress); override when cheaper.
	 */
	default long count() {
		try (Stream<SearchDocument> all = all()) {
			return all.count();
		}
	}

	/** The document of that source id, or empty when it no longer exists. */
	Optional<SearchDocument> find(String sourceId);

}
