package coop.resources.library;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The answers of someone's copy of an online template, saved as they type (each save is a
 * new {@code revision}: a save made from an older revision is refused, so that a second
 * tab never overwrites the first), whether it is shared with their coach, and the
 * comments left on its sections.
 *
 * @param answers the answer of each question, by the question's key (none when blank)
 * @param savedAt when the answers were last saved, {@code null} before the first save
 * @param sharedAt when its owner shared it with their coach, {@code null} if not yet
 */
public record FilledForm(Map<String, String> answers, int revision, @Nullable Instant savedAt,
		@Nullable Instant sharedAt, List<SectionComment> comments) {

	public FilledForm {
		answers = (answers != null) ? new TreeMap<>(answers) : new TreeMap<>();
		comments = (comments != null) ? List.copyOf(comments) : List.of();
	}

	static FilledForm empty() {
		return new FilledForm(Map.of(), 0, null, null, List.of());
	}

	/** Answers given elsewhere (the demo data), already saved once. */
	public static FilledForm answered(Map<String, String> answers, Instant at) {
		return new FilledForm(answers, 1, at, null, List.of());
	}

	FilledForm withAnswers(Map<String, String> next, Instant now) {
		return new FilledForm(next, this.revision + 1, now, this.sharedAt, this.comments);
	}

	FilledForm shared(Instant now) {
		return new FilledForm(this.answers, this.revision, this.savedAt, (this.sharedAt != null) ? this.sharedAt : now,
				this.comments);
	}

	FilledForm withComment(SectionComment comment) {
		List<SectionComment> more = new ArrayList<>(this.comments);
		more.add(comment);
		return new FilledForm(this.answers, this.revision, this.savedAt, this.sharedAt, more);
	}

	/**
	 * A comment on a section, by the owner's coach or the owner.
	 *
	 * @param coach whether its author was the owner's coach
	 * @param text plain text
	 */
	public record SectionComment(String id, String section, String authorSubject, String authorName, boolean coach,
			Instant at, String text) {
	}

}
