package coop.platform.contracts.members;

import java.time.Instant;
import java.util.List;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * Staff changed the cooperative's settings: the whole of them (state transfer), so that a
 * service keeps its copy by replacing it. The newest {@code changedAt} wins.
 *
 * @param name the cooperative's name as people read it ("Coopérative du Lac")
 * @param shortName a short form for narrow places (e-mail subjects, the browser tab), or
 * the name
 * @param primaryColour the main brand colour, {@code #rrggbb}; readable on white and
 * under white text (WCAG AA)
 * @param secondaryColour a second brand colour, {@code #rrggbb}, or {@code null}
 * @param logoUrl absolute address of the logo, or {@code null}
 * @param address the postal address of the head office
 * @param contactEmail the team's mailbox (contact form, replies)
 * @param phone the team's phone number, or {@code null}
 * @param senderName the display name of the platform's e-mails
 * @param senderEmail the sender address of the platform's e-mails
 * @param legalForm the legal form and registration ("SCOP SA à capital variable, RCS
 * Annecy 123 456 789"), for footers and PDFs, or {@code null}
 * @param publicUrl the site's address
 * @param networks the networks the cooperative belongs to
 * @param socialLinks its pages on social networks
 */
@EventType("members.cooperative.changed")
public record CooperativeChanged(String name, String shortName, String primaryColour, String secondaryColour,
		String logoUrl, PostalAddress address, String contactEmail, String phone, String senderName, String senderEmail,
		String legalForm, String publicUrl, List<String> networks, List<Link> socialLinks,
		Instant changedAt) implements IntegrationEvent {

	/** A postal address in France. */
	public record PostalAddress(String street, String postalCode, String town) {
	}

	/** A labelled web address. */
	public record Link(String label, String url) {
	}

}
