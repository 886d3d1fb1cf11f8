package coop.resources.library;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an author writes: a new resource, or the new working version of one (its files are
 * added and removed on their own).
 *
 * @param body Markdown
 * @param url the address of a selected site (kind {@code LINK})
 * @param steps the steps of a training module, in order
 * @param correction Markdown shown after an attempt at an exercise
 * @param form the sections and questions of an online template (kind {@code TEMPLATE}
 * only; {@code null}: none)
 */
public record ResourceRequest(@NotNull(message = "Choisissez le type de ressource.") ResourceKind kind,
		@NotBlank(message = "Indiquez un titre.") @Size(max = 200, message = "200 caractères au plus.") String title,
		@Nullable @Size(max = 600, message = "600 caractères au plus.") String summary,
		@Nullable @Size(max = 100_000, message = "100 000 caractères au plus.") String body,
		@Nullable @Size(max = 5,
				message = "5 thèmes au plus.") List<@NotNull(
						message = "Choisissez un thème de la liste.") Theme> themes,
		@Nullable @Size(max = 9,
				message = "9 secteurs au plus.") List<@NotNull(
						message = "Choisissez un secteur de la liste.") Sector> sectors,
		@NotNull(message = "Choisissez à qui s'adresse la ressource.") Audience audience,
		@Nullable @Size(max = 2000, message = "2 000 caractères au plus.") String url,
		@Nullable @Size(max = 40, message = "40 étapes au plus.") List<@Valid @NotNull StepRequest> steps,
		@Nullable @Size(max = 20_000, message = "20 000 caractères au plus.") String correction,
		@Valid ToolRequests.@Nullable FormRequest form) {

	/**
	 * A step of a training module.
	 *
	 * @param resourceSlug the address of a resource of the centre this step uses
	 */
	public record StepRequest(
			@NotBlank(message = "Indiquez le titre de l'étape.") @Size(max = 200,
					message = "200 caractères au plus.") String title,
			@Nullable @Size(max = 20_000, message = "20 000 caractères au plus.") String body,
			@Nullable @Size(max = 120, message = "120 caractères au plus.") String resourceSlug) {
	}

}
