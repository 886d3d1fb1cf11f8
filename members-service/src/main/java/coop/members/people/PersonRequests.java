package coop.members.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What staff send to invite or change a person.
 */
final class PersonRequests {

	private PersonRequests() {
	}

	/**
	 * @param organisation code of a prescriber's organisation (required for a prescriber)
	 * @param coach subject of the coach following an entrepreneur, optional
	 */
	record Invitation(
			@NotBlank(message = "Indiquez le prénom.") @Size(max = 100,
					message = "100 caractères au plus.") String firstName,
			@NotBlank(message = "Indiquez le nom.") @Size(max = 100,
					message = "100 caractères au plus.") String lastName,
			@NotBlank(message = "Indiquez l'adresse e-mail.") @Email(
					message = "Cette adresse e-mail n'est pas valide.") @Size(max = 254,
							message = "254 caractères au plus.") String email,
			@NotNull(message = "Choisissez un rôle.") PersonRole role, @Size(max = 50) String antenna,
			@Size(max = 150) String organisation, @Size(max = 100) String coach) {
	}

	record Assignment(@NotNull(message = "Choisissez un rôle.") PersonRole role, @Size(max = 50) String antenna,
			@Size(max = 150) String organisation, @Size(max = 100) String coach) {
	}

}
