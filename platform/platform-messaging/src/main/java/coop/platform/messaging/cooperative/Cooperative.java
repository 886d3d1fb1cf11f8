package coop.platform.messaging.cooperative;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import coop.platform.contracts.members.CooperativeChanged;

/**
 * The cooperative as e-mails, PDFs and calendars name it: what staff set in
 * members-service, or {@link #NEUTRAL} until they do.
 *
 * @param name its name ("the cooperative" in every text)
 * @param shortName the short form for narrow places
 * @param primaryColour {@code #rrggbb}, readable on white (headings, links)
 * @param accentColour {@code #rrggbb}, readable under white text (buttons): the secondary
 * colour, or the primary one
 * @param logoUrl absolute address of the logo, or {@code null}
 * @param street street of the head office, or {@code null}
 * @param postalCode its postal code, or {@code null}
 * @param town its town, or {@code null}
 * @param contactEmail the team's mailbox, or {@code null} (the service's configured one)
 * @param phone or {@code null}
 * @param senderName display name of the e-mails
 * @param senderEmail sender address of the e-mails, or {@code null} (the service's
 * configured one)
 * @param legalForm legal form and registration, or {@code null}
 * @param publicUrl the site's address, or {@code null}
 * @param configured whether staff set it (false: the neutral defaults)
 */
public record Cooperative(String name, String shortName, String primaryColour, String accentColour, String logoUrl,
		String street, String postalCode, String town, String contactEmail, String phone, String senderName,
		String senderEmail, String legalForm, String publicUrl, boolean configured) {

	/**
	 * A platform nobody has set up yet: the same neutral defaults as members-service's
	 * settings.
	 */
	public static final Cooperative NEUTRAL = new Cooperative("Coopérative d'activités et d'emploi", "CAE", "#2f4f6f",
			"#2f4f6f", null, null, null, null, null, null, "Coopérative d'activités et d'emploi", null, null, null,
			false);

	/**
	 * The settings as a message tells them, with the neutral defaults where one is
	 * missing.
	 */
	public static Cooperative of(CooperativeChanged settings) {
		String name = blankTo(settings.name(), NEUTRAL.name);
		String primary = blankTo(settings.primaryColour(), NEUTRAL.primaryColour);
		CooperativeChanged.PostalAddress address = settings.address();
		return new Cooperative(name, blankTo(settings.shortName(), name), primary,
				blankTo(settings.secondaryColour(), primary), settings.logoUrl(),
				(address != null) ? address.street() : null, (address != null) ? address.postalCode() : null,
				(address != null) ? address.town() : null, settings.contactEmail(), settings.phone(),
				blankTo(settings.senderName(), name), settings.senderEmail(), settings.legalForm(),
				settings.publicUrl(), true);
	}

	/** « 1 rue X, 74000 Ville », or {@code null} without an address. */
	public String addressLine() {
		String place = join(" ", this.postalCode, this.town);
		String line = join(", ", this.street, place);
		return line.isEmpty() ? null : line;
	}

	/**
	 * The line under every e-mail and document: the name, the legal form and the address
	 * that are known.
	 */
	public String footer() {
		return join(" — ", this.name, this.legalForm, addressLine());
	}

	private static String join(String separator, String... parts) {
		return Stream.of(parts)
			.filter(Objects::nonNull)
			.filter((part) -> !part.isBlank())
			.collect(Collectors.joining(separator));
	}

	private static String blankTo(String value, String fallback) {
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
