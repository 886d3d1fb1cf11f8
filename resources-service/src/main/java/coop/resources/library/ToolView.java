package coop.resources.library;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Someone's copy of an online template as its owner or their coach sees it: the answers,
 * the revision the next save starts from, whether it is shared, the comments per section
 * and what the caller may do.
 *
 * @param revision send it back with the next answers: a save from an older revision is
 * refused (409 {@code stale-answers})
 * @param savedAt when the answers were last saved
 * @param sharedAt when it was shared with the owner's coach
 * @param pdfUrl where it is exported as PDF
 */
public record ToolView(Map<String, String> answers, int revision, @Nullable Instant savedAt, @Nullable Instant sharedAt,
		List<SectionCommentView> comments, boolean fill, boolean share, boolean comment, String pdfUrl) {

	/**
	 * A comment on a section.
	 *
	 * @param coach whether the owner's coach wrote it
	 */
	public record SectionCommentView(String id, String section, String authorName, boolean coach, Instant at,
			String text) {
	}

}
