package coop.resources.library;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What the editor of an online template and the people filling their copy send.
 */
public final class ToolRequests {

	private ToolRequests() {
	}

	/** The sections and questions of an online template, in order. */
	public record FormRequest(@NotNull(message = "Ajoutez au moins une partie.") @Size(min = 1, max = 30,
			message = "De 1 à 30 parties.") List<@Valid @NotNull FormSectionRequest> sections) {
	}

	/**
	 * A section.
	 *
	 * @param key the key it already has ({@code null} for a new one)
	 */
	public record FormSectionRequest(@Nullable @Size(max = 40, message = "40 caractères au plus.") String key,
			@NotBlank(message = "Indiquez le titre de la partie.") @Size(max = 200,
					message = "200 caractères au plus.") String title,
			@Nullable @Size(max = 2000, message = "2 000 caractères au plus.") String help,
			@NotNull(message = "Ajoutez au moins une question.") @Size(min = 1, max = 40,
					message = "De 1 à 40 questions par partie.") List<@Valid @NotNull FormQuestionRequest> questions) {
	}

	/**
	 * A question.
	 *
	 * @param key the key it already has ({@code null} for a new one)
	 * @param choices the values of a {@code CHOICE} question (2 to 20)
	 */
	public record FormQuestionRequest(@Nullable @Size(max = 40, message = "40 caractères au plus.") String key,
			@NotBlank(message = "Indiquez la question.") @Size(max = 300,
					message = "300 caractères au plus.") String label,
			@NotNull(message = "Choisissez le type de réponse.") QuestionType type,
			@Nullable @Size(max = 1000, message = "1 000 caractères au plus.") String help,
			@Nullable @Size(max = 20,
					message = "20 choix au plus.") List<@NotBlank(message = "Un choix ne peut pas être vide.") @Size(
							max = 200, message = "200 caractères au plus.") String> choices) {
	}

	/**
	 * Every answer of a copy, saved as one (the editor sends the whole form each time).
	 *
	 * @param revision the revision these answers were written from: a newer one saved
	 * meanwhile refuses the save (409)
	 * @param answers the answer of each question, by the question's key; blank ones are
	 * dropped
	 */
	record AnswersRequest(
			@NotNull(message = "Indiquez la version d'où partent ces réponses.") @PositiveOrZero(
					message = "Indiquez une version positive.") Integer revision,
			@NotNull(message = "Envoyez les réponses.") @Size(max = 1200,
					message = "1 200 réponses au plus.") Map<@Size(max = 40,
							message = "Question inconnue.") String, @Size(max = 20_000,
									message = "20 000 caractères au plus.") String> answers) {
	}

	/** A comment on one section of a shared copy. */
	record SectionCommentRequest(@NotBlank(message = "Choisissez la partie commentée.") @Size(max = 40) String section,
			@NotBlank(message = "Écrivez votre commentaire.") @Size(max = 4000,
					message = "4 000 caractères au plus.") String text) {
	}

}
