package coop.resources.search;

/**
 * Solr could not be reached or failed: search answers 503, changes wait in the queue.
 */
public class SearchUnavailableException extends RuntimeException {

	SearchUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
