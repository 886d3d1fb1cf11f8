package coop.resources.questions;

import java.time.Instant;
import java.util.List;

import coop.resources.library.Theme;
import org.jspecify.annotations.Nullable;

/**
 * What the questions-and-answers space shows, for one reader: what they may do is said
 * with the data, so the page offers exactly the actions the service accepts.
 */
final class QuestionViews {

	private QuestionViews() {
	}

	/**
	 * A question in a list.
	 *
	 * @param excerpt the beginning of the question, plain text
	 * @param answers its visible answers
	 * @param accepted whether an answer was accepted
	 * @param hidden hidden by a moderator (only its author and moderators see it)
	 */
	record QuestionSummary(String id, String title, String excerpt, Space space, String spaceLabel,
			List<ThemeView> themes, AuthorView author, Instant askedAt, Instant lastActivityAt, int answers,
			boolean accepted, int votes, boolean hidden) {
	}

	/**
	 * One question with its answers and comments.
	 *
	 * @param body the Markdown source (for editing)
	 * @param bodyHtml the sanitised HTML to show
	 * @param following whether the reader is e-mailed when an answer is accepted
	 * @param canAccept the reader may accept an answer (the asker, a coach, the staff)
	 * @param canModerate the reader may hide a post (coaches and staff)
	 * @param acceptedBy the name of who accepted the accepted answer
	 */
	record QuestionView(String id, String title, String body, String bodyHtml, Space space, String spaceLabel,
			List<ThemeView> themes, AuthorView author, Instant askedAt, Instant changedAt, PostState state,
			List<CommentView> comments, List<AnswerView> answers, @Nullable String acceptedAnswerId,
			@Nullable String acceptedBy, boolean following, boolean canAccept, boolean canModerate) {
	}

	/**
	 * @param accepted whether it is the accepted answer
	 */
	record AnswerView(String id, String body, String bodyHtml, AuthorView author, Instant at, Instant changedAt,
			boolean accepted, PostState state, List<CommentView> comments) {
	}

	/**
	 * @param body plain text
	 */
	record CommentView(String id, String body, AuthorView author, Instant at, PostState state) {
	}

	/**
	 * What a post is for the reader.
	 *
	 * @param votes how many upvotes it has
	 * @param voted whether the reader upvoted it
	 * @param mine the reader wrote it (they may change it; they cannot upvote it)
	 * @param edited it was changed after it was written
	 * @param hidden hidden by a moderator: shown only to its author and to moderators
	 * @param hiddenReason why (to its author and moderators)
	 * @param hiddenBy the moderator's name (to moderators)
	 */
	record PostState(int votes, boolean voted, boolean mine, boolean edited, boolean hidden,
			@Nullable String hiddenReason, @Nullable String hiddenBy) {
	}

	/**
	 * @param role {@code COACH} and {@code STAFF} posts are marked
	 */
	record AuthorView(String name, AuthorRole role, String roleLabel) {

		static AuthorView of(Author author) {
			return new AuthorView(author.name(), author.role(), author.role().label());
		}

	}

	record ThemeView(Theme value, String label) {

		static List<ThemeView> of(List<Theme> themes) {
			return themes.stream().map((theme) -> new ThemeView(theme, theme.label())).toList();
		}

	}

}
