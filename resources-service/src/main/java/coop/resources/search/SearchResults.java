package coop.resources.search;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of search results.
 *
 * @param highlight HTML fragment where the words found are in {@code <mark>}; the rest is
 * escaped by Solr
 */
public record SearchResults(String query, long total, int page, int size, List<Hit> items,
		Map<String, List<FacetValue>> facets) {

	public record Hit(String id, String type, String title, @Nullable String summary, @Nullable String url,
			@Nullable String highlight) {
	}

	public record FacetValue(String value, long count) {
	}

}
