package coop.resources.pages;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the presentation pages' endpoints answer. */
final class PageViews {

	private PageViews() {
	}

	/**
	 * A published page as visitors read it.
	 *
	 * @param path where it is read on the public site
	 * @param html its text, sanitised, with the cooperative's name and addresses in it
	 * @param version the number of the version online
	 */
	record PublicPage(String slug, String path, String title, String description, String html, int version,
			Instant publishedAt) {
	}

	/**
	 * A published page in a list (the cooperative's menu, the sitemap).
	 *
	 * @param menuOrder its place in the menu, or {@code null}: not in it
	 */
	record PublicPageSummary(String slug, String path, String title, String description, @Nullable Integer menuOrder,
			Instant publishedAt) {
	}

	/**
	 * A page as staff list them.
	 *
	 * @param title the draft's title
	 * @param version the number of the version online, or {@code null}: never published
	 * @param draftChanged whether the draft differs from the version online
	 */
	record PageSummary(String id, String slug, String path, String title, @Nullable Integer menuOrder,
			@Nullable Integer version, @Nullable Instant publishedAt, boolean draftChanged, Instant updatedAt,
			@Nullable String updatedBy) {
	}

	/**
	 * A page as staff edit it.
	 *
	 * @param body the draft's Markdown
	 * @param html the draft as it will show
	 * @param revision to send back with the next change of the draft
	 * @param versions every published version, newest first
	 */
	record PageDetail(String id, String slug, String path, @Nullable Integer menuOrder, String title,
			String description, String body, String html, @Nullable Integer version, boolean draftChanged,
			long revision, Instant updatedAt, @Nullable String updatedBy, List<VersionSummary> versions) {
	}

	/**
	 * A published version in the page's history.
	 *
	 * @param online whether visitors read this one
	 */
	record VersionSummary(int number, String title, Instant publishedAt, String publishedBy, boolean online) {
	}

	/** One published version in full, to read before restoring it. */
	record VersionDetail(int number, String title, String description, String body, String html, Instant publishedAt,
			String publishedBy, boolean online) {
	}

	/** Markdown as it will show. */
	record PreviewView(String html) {
	}

}
