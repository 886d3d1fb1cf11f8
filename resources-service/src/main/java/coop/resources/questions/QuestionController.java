package coop.resources.questions;

import coop.platform.web.PageResponse;
import coop.platform.web.security.CurrentUser;
import coop.resources.questions.QuestionRequests.AcceptRequest;
import coop.resources.questions.QuestionRequests.AnswerRequest;
import coop.resources.questions.QuestionRequests.CommentRequest;
import coop.resources.questions.QuestionRequests.HideRequest;
import coop.resources.questions.QuestionRequests.QuestionRequest;
import coop.resources.questions.QuestionViews.QuestionSummary;
import coop.resources.questions.QuestionViews.QuestionView;
import coop.resources.library.Theme;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The questions-and-answers space, for entrepreneurs, coaches and staff
 * ({@code ResourcesSecurity}); the coaches' space and moderation are checked here, in the
 * service. Every change answers the question as the caller now sees it.
 */
@RestController
@Validated
class QuestionController {

	private final QuestionService questions;

	QuestionController(QuestionService questions) {
		this.questions = questions;
	}

	/**
	 * @param filter {@code sans-reponse}, {@code resolues}, {@code miennes} or
	 * {@code suivies}
	 */
	@GetMapping("/api/resources/questions")
	PageResponse<QuestionSummary> list(CurrentUser user, @RequestParam(required = false) Space space,
			@RequestParam(required = false) Theme theme,
			@RequestParam(required = false) @Pattern(regexp = "sans-reponse|resolues|miennes|suivies",
					message = "Filtre inconnu : sans-reponse, resolues, miennes ou suivies.") String filter,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(50) int size) {
		return this.questions.list(user, space, theme, filter, page, size);
	}

	@PostMapping("/api/resources/questions")
	@ResponseStatus(HttpStatus.CREATED)
	QuestionView ask(CurrentUser user, @Valid @RequestBody QuestionRequest request) {
		return this.questions.ask(user, request);
	}

	@GetMapping("/api/resources/questions/{id}")
	QuestionView get(CurrentUser user, @PathVariable String id) {
		return this.questions.get(user, id);
	}

	/** The asker changes their question (title, text, themes). */
	@PutMapping("/api/resources/questions/{id}")
	QuestionView edit(CurrentUser user, @PathVariable String id, @Valid @RequestBody QuestionRequest request) {
		return this.questions.edit(user, id, request);
	}

	@PostMapping("/api/resources/questions/{id}/answers")
	@ResponseStatus(HttpStatus.CREATED)
	QuestionView answer(CurrentUser user, @PathVariable String id, @Valid @RequestBody AnswerRequest request) {
		return this.questions.answer(user, id, request);
	}

	@PutMapping("/api/resources/questions/{id}/answers/{answerId}")
	QuestionView editAnswer(CurrentUser user, @PathVariable String id, @PathVariable String answerId,
			@Valid @RequestBody AnswerRequest request) {
		return this.questions.editAnswer(user, id, answerId, request);
	}

	@PostMapping("/api/resources/questions/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	QuestionView comment(CurrentUser user, @PathVariable String id, @Valid @RequestBody CommentRequest request) {
		return this.questions.comment(user, id, request);
	}

	/** The asker, a coach or the staff accept one answer (another one replaces it). */
	@PutMapping("/api/resources/questions/{id}/accepted")
	QuestionView accept(CurrentUser user, @PathVariable String id, @Valid @RequestBody AcceptRequest request) {
		return this.questions.accept(user, id, request.answerId());
	}

	@DeleteMapping("/api/resources/questions/{id}/accepted")
	QuestionView unaccept(CurrentUser user, @PathVariable String id) {
		return this.questions.unaccept(user, id);
	}

	/**
	 * Upvotes a post of the question: the question itself ({@code postId} = its id) or an
	 * answer.
	 */
	@PutMapping("/api/resources/questions/{id}/votes/{postId}")
	QuestionView vote(CurrentUser user, @PathVariable String id, @PathVariable String postId) {
		return this.questions.vote(user, id, postId, true);
	}

	@DeleteMapping("/api/resources/questions/{id}/votes/{postId}")
	QuestionView unvote(CurrentUser user, @PathVariable String id, @PathVariable String postId) {
		return this.questions.vote(user, id, postId, false);
	}

	/** E-mails when an answer is accepted. */
	@PutMapping("/api/resources/questions/{id}/following")
	QuestionView follow(CurrentUser user, @PathVariable String id) {
		return this.questions.follow(user, id, true);
	}

	@DeleteMapping("/api/resources/questions/{id}/following")
	QuestionView unfollow(CurrentUser user, @PathVariable String id) {
		return this.questions.follow(user, id, false);
	}

	/**
	 * Coaches and staff hide a post (the question, an answer or a comment) with a reason,
	 * or show it again.
	 */
	@PostMapping("/api/resources/questions/{id}/moderation/{postId}")
	QuestionView moderate(CurrentUser user, @PathVariable String id, @PathVariable String postId,
			@Valid @RequestBody HideRequest request) {
		return this.questions.moderate(user, id, postId, request);
	}

}
