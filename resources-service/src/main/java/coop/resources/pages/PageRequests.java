package coop.resources.pages;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What staff send to write, order and preview the presentation pages. */
final class PageRequests {

	private PageRequests() {
	}

	/**
	 * A new page, as a draft.
	 *
	 * @param slug its address: lower-case letters, digits and hyphens, chosen once
	 * @param body Markdown
	 */
	record NewPage(
			@NotBlank(message = "Indiquez l'adresse de la page.") @Size(max = 60,
					message = "60 caractères au plus.") String slug,
			@NotBlank(message = "Indiquez un titre.") @Size(max = 120,
					message = "120 caractères au plus.") String title,
			@NotBlank(message = "Indiquez une description.") @Size(max = 300,
					message = "300 caractères au plus.") String description,
			@NotBlank(message = "Écrivez le texte de la page.") @Size(max = 50_000,
					message = "50 000 caractères au plus.") String body) {
	}

	/**
	 * The draft's new text.
	 *
	 * @param revision the page's {@code revision} the change starts from (a change made
	 * meanwhile in another tab is never overwritten)
	 */
	record Draft(
			@NotBlank(message = "Indiquez un titre.") @Size(max = 120,
					message = "120 caractères au plus.") String title,
			@NotBlank(message = "Indiquez une description.") @Size(max = 300,
					message = "300 caractères au plus.") String description,
			@NotBlank(message = "Écrivez le texte de la page.") @Size(max = 50_000,
					message = "50 000 caractères au plus.") String body,
			@NotNull(message = "Rechargez la page : sa version est inconnue.") Long revision) {
	}

	/**
	 * The cooperative's menu: these pages in this order; the others leave it.
	 *
	 * @param order page ids
	 */
	record Menu(@NotNull(message = "Indiquez l'ordre des pages.") @Size(max = 50,
			message = "50 pages au plus.") List<@NotBlank(message = "Page inconnue.") @Size(max = 40,
					message = "Page inconnue.") String> order) {
	}

	/** Markdown to see as it will show. */
	record Preview(@Nullable @Size(max = 50_000, message = "50 000 caractères au plus.") String body) {
	}

}
