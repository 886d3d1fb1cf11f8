package coop.notification.contact;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a visitor sends with the contact form.
 *
 * @param consent the visitor agrees that the cooperative keeps their message to answer it
 * @param consentVersion the version of the consent text the form showed (events-service's
 * {@code CONTACT_MESSAGE} texts, {@code /api/events/public/consents}), kept with the
 * message; it must be the one in force
 * @param honeypot a field hidden from people: only robots fill it in
 */
public record ContactRequest(
		@NotBlank(message = "Indiquez votre nom.") @Size(max = 100, message = "100 caractères au plus.") String name,
		@NotBlank(message = "Indiquez votre adresse e-mail.") @Email(
				message = "Cette adresse e-mail n'est pas valide.") @Size(max = 254,
						message = "254 caractères au plus.") String email,
		@Pattern(regexp = "^[+0-9 ().-]{6,30}$", message = "Ce numéro de téléphone n'est pas valide.") String phone,
		@NotNull(message = "Choisissez l'objet de votre message.") ContactTopic topic,
		@NotBlank(message = "Écrivez votre message.") @Size(min = 10, max = 5000,
				message = "Votre message doit compter de 10 à 5 000 caractères.") String message,
		@AssertTrue(message = "Votre accord est nécessaire pour que nous puissions vous répondre.") boolean consent,
		@NotNull(message = "Le formulaire doit indiquer la version du texte de consentement que vous avez lue.") @Min(
				value = 1, message = "Cette version du texte de consentement n'existe pas.") @Max(value = 10000,
						message = "Cette version du texte de consentement n'existe pas.") Integer consentVersion,
		@Size(max = 0, message = "Votre message n'a pas pu être envoyé.") String honeypot) {

}
