package coop.resources.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of search results, counted within what the reader may read.
 *
 * @param query the words searched, as understood (operators and control characters
 * removed)
 * @param sort {@code pertinence} or {@code date}
 * @param facets per facet ({@code type}, {@code theme}, {@code sector}, {@code antenna},
 * {@code date}): its values with their counts, each count ignoring the facet's own choice
 * @param suggestions when nothing was found: other spellings that find something ("did
 * you mean")
 */
public record SearchResults(String query, long total, int page, int size, String sort, List<Hit> items,
		Map<String, List<FacetValue>> facets, List<String> suggestions) {

	/**
	 * @param typeLabel the kind's French name (« Ressource », « Question »…)
	 * @param titleHtml the title, HTML-escaped, with {@code <mark>} around the words
	 * found
	 * @param status {@code published}, or the owner's own draft's status
	 * @param passages where the words were found, HTML-escaped with {@code <mark>}
	 */
	public record Hit(String id, String type, String typeLabel, @Nullable String title, String titleHtml,
			@Nullable String summary, @Nullable String url, @Nullable Instant date, String status,
			List<Passage> passages) {
	}

	/**
	 * @param field {@code summary}, {@code body}, {@code extra} (answers, further pages)
	 * or {@code file}
	 * @param fileName the file's name when the passage is from a file
	 * @param html the passage, HTML-escaped, with {@code <mark>} around the words found
	 */
	public record Passage(String field, @Nullable String fileName, String html) {
	}

	/**
	 * @param label the French name to show
	 */
	public record FacetValue(String value, String label, long count) {
	}

	/**
	 * A title suggested while typing.
	 *
	 * @param typeLabel the kind's French name
	 */
	public record Suggestion(String id, String type, String typeLabel, @Nullable String title, @Nullable String url) {
	}

}
