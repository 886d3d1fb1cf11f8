package coop.resources.library;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A resource someone keeps at hand on the centre's home.
 *
 * @param id {@code <subject>:<resource id>}, so that bookmarking twice keeps one
 */
@Document("bookmarks")
record Bookmark(@Id String id, String subject, String resourceId, Instant at) {

	static String idOf(String subject, String resourceId) {
		return subject + ":" + resourceId;
	}

}
