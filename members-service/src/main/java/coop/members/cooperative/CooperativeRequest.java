package coop.members.cooperative;

import java.util.List;

import coop.members.text.PlainText;
import coop.members.text.WebAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What staff type about the cooperative.
 *
 * @param name its name as people read it
 * @param shortName a short form (the browser tab, e-mail subjects), optional
 * @param primaryColour main brand colour, {@code #rrggbb}, at least 4.5:1 against white
 * and the light grey
 * @param secondaryColour a second brand colour (calls to action), same rule, optional
 * @param street street and number of the head office
 * @param postalCode five digits
 * @param town the head office's town
 * @param contactEmail the team's mailbox
 * @param phone the team's phone number
 * @param senderName the display name of the platform's e-mails (default: the name)
 * @param senderEmail the sender address of the platform's e-mails (default: the server's)
 * @param legalForm legal form and registration, for footers and PDFs
 * @param networks networks the cooperative belongs to
 * @param socialLinks its pages on social networks
 */
public record CooperativeRequest(
		@NotBlank(message = "Indiquez le nom de la coopérative.") @Size(max = 80) @PlainText String name,
		@Nullable @Size(max = 30) @PlainText String shortName,
		@NotBlank(message = "Choisissez la couleur principale.") @Pattern(regexp = COLOUR,
				message = "Une couleur s'écrit #rrggbb, par exemple #2f4f6f.") String primaryColour,
		@Nullable @Pattern(regexp = COLOUR,
				message = "Une couleur s'écrit #rrggbb, par exemple #8a3b12.") String secondaryColour,
		@Nullable @Size(max = 200) @PlainText String street,
		@Nullable @Pattern(regexp = "^$|\\d{5}", message = "Le code postal a cinq chiffres.") String postalCode,
		@Nullable @Size(max = 100) @PlainText String town,
		@NotBlank(message = "Indiquez l'adresse e-mail de l'équipe.") @Email(
				message = "Cette adresse e-mail n'est pas valide.") @Size(max = 200) String contactEmail,
		@Nullable @Pattern(regexp = "^$|[0-9+ .()-]{6,25}",
				message = "Ce numéro de téléphone n'est pas valide.") String phone,
		@Nullable @Size(max = 80) @PlainText String senderName,
		@Nullable @Email(message = "Cette adresse e-mail n'est pas valide.") @Size(max = 200) String senderEmail,
		@Nullable @Size(max = 300) @PlainText String legalForm,
		@Nullable @Size(max = 10,
				message = "10 réseaux au plus.") List<@NotBlank @Size(max = 100) @PlainText String> networks,
		@Nullable @Size(max = 10, message = "10 liens au plus.") List<@Valid SocialLink> socialLinks) {

	static final String COLOUR = "^$|#[0-9a-fA-F]{6}";

	/**
	 * @param label what the link is ("LinkedIn")
	 * @param url its absolute address
	 */
	public record SocialLink(@NotBlank(message = "Nommez le lien.") @Size(max = 40) @PlainText String label,
			@NotBlank(message = "Indiquez l'adresse du lien.") @Size(max = 300) @WebAddress String url) {
	}

}
