package coop.resources.library;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What reviewers send with a decision.
 */
final class ModerationRequests {

	private ModerationRequests() {
	}

	/**
	 * A rejection's or withdrawal's reason, shown to the author (required by the model).
	 */
	record ReasonRequest(@Nullable @Size(max = 2000, message = "2 000 caractères au plus.") String reason) {
	}

	/** The date a reviewer wants to look at a resource again ({@code null}: none). */
	record ReviewDateRequest(@Nullable LocalDate reviewBy) {
	}

}
