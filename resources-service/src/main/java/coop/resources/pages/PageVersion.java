package coop.resources.pages;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One published version of a page, kept for good (collection {@code page_versions}, one
 * document per version) so that staff may read and restore it; the page itself holds only
 * its draft and a copy of the version online, so that visitors' reads never load the
 * history.
 *
 * @param id {@code <pageId>:<number>} ({@link #idOf}): writing a version again (a repair,
 * the upgrade run twice) replaces it
 * @param number 1 for the first publication, then one more each time
 * @param publishedBy the name of who published it (« Ancien membre de la coopérative »
 * once they are erased)
 * @param publishedBySubject their Keycloak subject, to find what they wrote for the GDPR;
 * {@code null} for versions published before it was kept, and once they are erased
 */
@Document(PageVersion.COLLECTION)
@CompoundIndex(name = "page_number", def = "{'pageId': 1, 'number': 1}", unique = true)
record PageVersion(@Id String id, String pageId, int number, PageContent content, Instant publishedAt,
		String publishedBy, @Nullable String publishedBySubject) {

	static final String COLLECTION = "page_versions";

	static PageVersion of(String pageId, int number, PageContent content, Instant publishedAt, String publishedBy,
			@Nullable String publishedBySubject) {
		return new PageVersion(idOf(pageId, number), pageId, number, content, publishedAt, publishedBy,
				publishedBySubject);
	}

	static String idOf(String pageId, int number) {
		return pageId + ":" + number;
	}

}
