package coop.resources.search;

/**
 * Solr could not be reached or refused the request.
 */
public class SearchUnavailableException extends RuntimeException {

	SearchUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
