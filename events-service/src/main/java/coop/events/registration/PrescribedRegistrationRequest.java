package coop.events.registration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What a prescriber sends to register a person they follow.
 *
 * @param consent the person agreed to be registered and to the processing of their data
 * @param consentVersion the version of the consent text the form showed; without it, the
 * one in force
 */
public record PrescribedRegistrationRequest(
		@NotBlank(message = "Indiquez le prénom de la personne.") @Size(max = 100,
				message = "100 caractères au plus.") String firstName,
		@NotBlank(message = "Indiquez le nom de la personne.") @Size(max = 100,
				message = "100 caractères au plus.") String lastName,
		@NotBlank(message = "Indiquez l'adresse e-mail de la personne.") @Email(
				message = "Cette adresse e-mail n'est pas valide.") @Size(max = 254,
						message = "254 caractères au plus.") String email,
		@Pattern(regexp = "^[+0-9 ().-]{6,30}$", message = "Ce numéro de téléphone n'est pas valide.") String phone,
		@NotBlank(message = "Indiquez la commune de la personne.") @Size(max = 100,
				message = "100 caractères au plus.") String town,
		@AssertTrue(message = "L'accord de la personne est nécessaire pour l'inscrire.") boolean consent,
		@Positive(message = "Version inconnue.") Integer consentVersion) {
}
