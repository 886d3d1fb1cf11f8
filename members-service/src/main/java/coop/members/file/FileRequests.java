package coop.members.file;

import java.time.LocalDate;

import coop.members.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the entrepreneur, their coach and staff send to change a personal file.
 */
final class FileRequests {

	private FileRequests() {
	}

	record ActivityRequest(@Size(max = 500, message = "500 caractères au plus.") @PlainText String activity) {
	}

	/** {@code null} or blank removes the code. */
	record AnalyticalCodeRequest(@Size(max = 30, message = "30 caractères au plus.") @Pattern(
			regexp = "[A-Za-z0-9._-]*",
			message = "Lettres sans accent, chiffres, point, tiret ou tiret bas seulement.") String analyticalCode) {
	}

	record AgreementRequest(LocalDate capeStartsOn, LocalDate capeEndsOn, LocalDate cesaStartsOn) {
	}

	/**
	 * @param targetAmount for a revenue objective: euros, with a comma or a point before
	 * cents ("18000", "18 000,50")
	 * @param status for another objective ({@code TODO} when absent)
	 */
	record ObjectiveRequest(
			@NotBlank(message = "Décrivez l'objectif.") @Size(max = 200,
					message = "200 caractères au plus.") @PlainText String label,
			@NotNull(message = "Choisissez le type d'objectif.") ObjectiveKind kind,
			@Size(max = 20, message = "Montant trop long.") @Pattern(
					regexp = "\\s*\\d{1,3}([ \\u00a0\\u202f]?\\d{3}){0,2}([.,]\\d{1,2})?\\s*",
					message = "Indiquez un montant en euros, par exemple 18000 ou 18 000,50.") String targetAmount,
			ObjectiveStatus status, LocalDate dueOn) {
	}

	record MilestoneRequest(@NotNull(message = "Indiquez la date.") LocalDate reachedOn) {
	}

	record ContactRequest(@Size(max = 20, message = "20 caractères au plus.") @Pattern(regexp = "[+0-9 .()-]*",
			message = "Un numéro de téléphone : chiffres, espaces, points, tirets et + seulement.") String phone,
			@Size(max = 200, message = "200 caractères au plus.") @PlainText String street,
			@Pattern(regexp = "(\\d{5})?", message = "Un code postal a 5 chiffres.") String postalCode,
			@Size(max = 100, message = "100 caractères au plus.") @PlainText String town) {
	}

}
