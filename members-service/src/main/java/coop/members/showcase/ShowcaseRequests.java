package coop.members.showcase;

import java.util.List;

import coop.members.text.PlainText;
import coop.members.text.WebAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What the entrepreneur, their coach and visitors send about a showcase.
 */
public final class ShowcaseRequests {

	private ShowcaseRequests() {
	}

	/**
	 * The whole working version, as the editor holds it. Pictures already uploaded are
	 * named by their id: their order is the gallery's, leaving one out removes it.
	 */
	public record ShowcaseInput(
			@NotBlank(message = "Indiquez le nom de votre activité.") @Size(max = 80,
					message = "80 caractères au plus.") @PlainText String businessName,
			@Size(max = 160, message = "160 caractères au plus.") @PlainText @Nullable String tagline,
			@NotNull(message = "Choisissez votre secteur d'activité.") Sector sector,
			@NotBlank(message = "Indiquez votre commune.") @Size(max = 80,
					message = "80 caractères au plus.") @PlainText String town,
			@Size(max = 20,
					message = "20 communes au plus.") @Nullable List<@NotBlank(
							message = "Indiquez le nom de la commune.") @Size(max = 80,
									message = "80 caractères au plus.") @PlainText String> townsServed,
			@Size(max = 300, message = "300 caractères au plus.") @WebAddress @Nullable String website,
			@Size(max = 8, message = "8 liens au plus.") @Nullable List<@Valid LinkInput> links,
			@Size(max = 254, message = "254 caractères au plus.") @Email(
					message = "Cette adresse e-mail n'est pas valide.") @Nullable String contactEmail,
			@Size(max = 20, message = "20 caractères au plus.") @Pattern(regexp = "[+0-9 .()-]*",
					message = "Un numéro de téléphone : chiffres, espaces, points, tirets et + seulement.") @Nullable String phone,
			boolean contactForm, @Valid @Nullable PictureInput logo,
			@NotEmpty(message = "Votre vitrine a au moins une page.") @Size(max = Showcase.MAX_PAGES,
					message = "Trois pages au plus.") List<@Valid @NotNull PageInput> pages) {
	}

	public record LinkInput(@NotNull(message = "Choisissez le type de lien.") LinkKind kind,
			@NotBlank(message = "Donnez un nom au lien.") @Size(max = 60,
					message = "60 caractères au plus.") @PlainText String label,
			@NotBlank(message = "Indiquez l'adresse.") @Size(max = 300,
					message = "300 caractères au plus.") @WebAddress String url) {
	}

	public record PictureInput(@NotBlank(message = "Image inconnue.") @Size(max = 64) String imageId,
			@Size(max = 200, message = "200 caractères au plus.") @PlainText @Nullable String alt) {
	}

	public record PageInput(
			@NotBlank(message = "Donnez un titre à la page.") @Size(max = 60,
					message = "60 caractères au plus.") @PlainText String title,
			@Size(max = 20000, message = "20 000 caractères au plus.") @PlainText @Nullable String body,
			@Size(max = 30, message = "30 offres au plus par page.") @Nullable List<@Valid @NotNull OfferInput> offers,
			@Size(max = Showcase.MAX_IMAGES_PER_PAGE,
					message = "12 photos au plus par page.") @Nullable List<@Valid @NotNull PictureInput> images) {
	}

	/**
	 * @param price euros, with a comma or a point before cents ("45", "1 200,50"), or
	 * nothing
	 */
	public record OfferInput(
			@NotBlank(message = "Nommez le service ou le produit.") @Size(max = 100,
					message = "100 caractères au plus.") @PlainText String name,
			@Size(max = 500, message = "500 caractères au plus.") @PlainText @Nullable String description,
			@Size(max = 20, message = "Montant trop long.") @Pattern(
					regexp = "\\s*(\\d{1,3}([ \\u00a0\\u202f]?\\d{3}){0,2}([.,]\\d{1,2})?)?\\s*",
					message = "Indiquez un prix en euros, par exemple 45 ou 1 200,50.") @Nullable String price,
			@Size(max = 40, message = "40 caractères au plus.") @PlainText @Nullable String unit) {
	}

	/** Taking one's showcase offline is confirmed explicitly. */
	public record UnpublishInput(
			@AssertTrue(message = "Confirmez le retrait de votre vitrine du site.") boolean confirm) {
	}

	public record ReasonInput(@NotBlank(message = "Indiquez la raison : elle sera montrée à l'entrepreneur.") @Size(
			max = 2000, message = "2 000 caractères au plus.") @PlainText String reason) {
	}

	/**
	 * A visitor's message.
	 *
	 * @param consent the visitor agrees that their name, address and message go to the
	 * entrepreneur
	 * @param consentVersion the version of the consent text the form showed
	 * (events-service's {@code SHOWCASE_MESSAGE}), kept with the message's trace; it must
	 * be the one in force
	 * @param honeypot a field hidden from people: only robots fill it in
	 */
	public record VisitorMessage(
			@NotBlank(message = "Indiquez votre nom.") @Size(max = 100,
					message = "100 caractères au plus.") @PlainText String name,
			@NotBlank(message = "Indiquez votre adresse e-mail.") @Email(
					message = "Cette adresse e-mail n'est pas valide.") @Size(max = 254,
							message = "254 caractères au plus.") String email,
			@NotBlank(message = "Écrivez votre message.") @Size(min = 10, max = 5000,
					message = "Votre message doit compter de 10 à 5 000 caractères.") @PlainText String message,
			@AssertTrue(message = "Votre accord est nécessaire pour que votre message soit transmis.") boolean consent,
			@jakarta.validation.constraints.NotNull(
					message = "Le formulaire doit indiquer la version du texte de consentement que vous avez lue.") @jakarta.validation.constraints.Min(
							value = 1,
							message = "Cette version du texte de consentement n'existe pas.") @jakarta.validation.constraints.Max(
									value = 10000,
									message = "Cette version du texte de consentement n'existe pas.") Integer consentVersion,
			@Size(max = 0, message = "Votre message n'a pas pu être envoyé.") @Nullable String honeypot) {
	}

}
