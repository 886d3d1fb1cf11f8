package coop.resources.search;

import java.time.Instant;
import java.util.List;

/**
 * What the index knows of one searchable thing (a resource, a showcase, a page…).
 *
 * @param type resource, showcase, page, question or event
 * @param visibility public, members or coaches
 */
public record SearchDocument(String id, String type, String visibility, String title, String summary, String body,
		List<String> tags, String category, String sector, String antenna, String author, String url,
		Instant publishedAt) {
}
