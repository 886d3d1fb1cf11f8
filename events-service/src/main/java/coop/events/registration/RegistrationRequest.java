package coop.events.registration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What a visitor sends to register for an information meeting.
 *
 * @param heardFrom how the person heard of the cooperative (a code of the registration
 * form), optional
 * @param consent the person agrees to the processing of their data for this registration
 * @param honeypot a field hidden from people: only robots fill it in
 * @param consentVersion the version of the consent text the form showed
 * ({@code GET /api/events/public/consents}); without it, the one in force
 */
public record RegistrationRequest(
		@NotBlank(message = "Indiquez votre prénom.") @Size(max = 100,
				message = "100 caractères au plus.") String firstName,
		@NotBlank(message = "Indiquez votre nom.") @Size(max = 100,
				message = "100 caractères au plus.") String lastName,
		@NotBlank(message = "Indiquez votre adresse e-mail.") @Email(
				message = "Cette adresse e-mail n'est pas valide.") @Size(max = 254,
						message = "254 caractères au plus.") String email,
		@Pattern(regexp = "^[+0-9 ().-]{6,30}$", message = "Ce numéro de téléphone n'est pas valide.") String phone,
		@NotBlank(message = "Indiquez votre commune.") @Size(max = 100,
				message = "100 caractères au plus.") String town,
		@Pattern(
				regexp = "^(FRANCE_TRAVAIL|MISSION_LOCALE|PLIE|CCAS|OTHER_PRESCRIBER|WORD_OF_MOUTH|INTERNET|SOCIAL_MEDIA|PRESS|EVENT|OTHER)?$",
				message = "Choisissez une réponse de la liste.") String heardFrom,
		@AssertTrue(message = "Votre accord est nécessaire pour enregistrer votre inscription.") boolean consent,
		@Size(max = 0, message = "Votre demande n'a pas pu être enregistrée.") String honeypot,
		@Positive(message = "Version inconnue.") Integer consentVersion) {

}
