package coop.resources.questions;

import java.util.List;

import coop.resources.library.Theme;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What people send to the questions-and-answers space.
 */
final class QuestionRequests {

	private QuestionRequests() {
	}

	/**
	 * A new question, or its new wording.
	 *
	 * @param body Markdown
	 * @param themes one to three
	 * @param space where it is asked ({@code MEMBERS} when left out; only coaches and
	 * staff ask in {@code COACHES}); ignored when the question is edited
	 */
	record QuestionRequest(
			@NotBlank(message = "Indiquez votre question en une phrase.") @Size(min = 10, max = 200,
					message = "Le titre fait de 10 à 200 caractères.") String title,
			@NotBlank(message = "Expliquez votre question.") @Size(max = 20000,
					message = "La question fait 20 000 caractères au plus.") String body,
			@NotNull(message = "Choisissez au moins un thème.") @Size(min = 1, max = 3,
					message = "Choisissez de 1 à 3 thèmes.") List<@NotNull(message = "Thème inconnu.") Theme> themes,
			@Nullable Space space) {
	}

	/**
	 * @param body Markdown
	 */
	record AnswerRequest(@NotBlank(message = "Écrivez votre réponse.") @Size(max = 20000,
			message = "La réponse fait 20 000 caractères au plus.") String body) {
	}

	/**
	 * @param on the answer commented, or the question's id (or nothing) for the question
	 * @param body plain text
	 */
	record CommentRequest(@Nullable String on, @NotBlank(message = "Écrivez votre commentaire.") @Size(max = 1000,
			message = "Un commentaire fait 1 000 caractères au plus.") String body) {
	}

	record AcceptRequest(@NotBlank(message = "Indiquez la réponse acceptée.") String answerId) {
	}

	/**
	 * @param hidden {@code true} to hide the post, {@code false} to show it again
	 * @param reason why it is hidden (required then), shown to its author
	 */
	record HideRequest(boolean hidden,
			@Nullable @Size(max = 2000, message = "La raison fait 2 000 caractères au plus.") String reason) {
	}

}
