package coop.resources.library;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The sections and questions of an online template (the creator's booklet, a monthly
 * follow-up): written by staff and coaches in the resource's editor, copied with the
 * template into someone's own tools, where its answers are kept ({@link FilledForm}).
 */
public record TemplateForm(List<FormSection> sections) {

	public TemplateForm {
		sections = (sections != null) ? List.copyOf(sections) : List.of();
	}

	/**
	 * A part of the form.
	 *
	 * @param key stable within the form: answers and comments refer to it
	 * @param help plain text shown under its title
	 */
	public record FormSection(String key, String title, @Nullable String help, List<FormQuestion> questions) {

		public FormSection {
			Objects.requireNonNull(key, "key");
			questions = (questions != null) ? List.copyOf(questions) : List.of();
		}

	}

	/**
	 * A question.
	 *
	 * @param key stable within the form: the answer is kept under it
	 * @param choices the values offered by a {@code CHOICE} question (empty otherwise)
	 */
	public record FormQuestion(String key, String label, QuestionType type, @Nullable String help,
			List<String> choices) {

		public FormQuestion {
			Objects.requireNonNull(key, "key");
			choices = (choices != null) ? List.copyOf(choices) : List.of();
		}

	}

	Optional<FormQuestion> question(String key) {
		return this.sections.stream()
			.flatMap((s) -> s.questions().stream())
			.filter((q) -> q.key().equals(key))
			.findFirst();
	}

	boolean hasSection(String key) {
		return this.sections.stream().anyMatch((s) -> s.key().equals(key));
	}

	int questionCount() {
		return this.sections.stream().mapToInt((s) -> s.questions().size()).sum();
	}

}
