package coop.platform.contracts.members;

import java.time.Instant;
import java.util.List;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;
import coop.platform.contracts.privacy.RetentionKind;

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
 * @param retention how long each kind of personal data is kept, in days; {@code null}
 * (settings told before staff could set it) means {@link Retention#DEFAULTS}
 */
@EventType("members.cooperative.changed")
public record CooperativeChanged(String name, String shortName, String primaryColour, String secondaryColour,
		String logoUrl, PostalAddress address, String contactEmail, String phone, String senderName, String senderEmail,
		String legalForm, String publicUrl, List<String> networks, List<Link> socialLinks, Instant changedAt,
		Retention retention) implements IntegrationEvent {

	/** Settings without retention periods: the defaults apply. */
	public CooperativeChanged(String name, String shortName, String primaryColour, String secondaryColour,
			String logoUrl, PostalAddress address, String contactEmail, String phone, String senderName,
			String senderEmail, String legalForm, String publicUrl, List<String> networks, List<Link> socialLinks,
			Instant changedAt) {
		this(name, shortName, primaryColour, secondaryColour, logoUrl, address, contactEmail, phone, senderName,
				senderEmail, legalForm, publicUrl, networks, socialLinks, changedAt, null);
	}

	/** A postal address in France. */
	public record PostalAddress(String street, String postalCode, String town) {
	}

	/** A labelled web address. */
	public record Link(String label, String url) {
	}

	/**
	 * How many days each kind of personal data is kept before each service's retention
	 * job deletes it (staff set them; a value missing or below 1 reads as its default).
	 *
	 * @param visitorRegistrations registrations of visitors without an account, counted
	 * from the end of the event (events-service)
	 * @param contactMessages messages of the contact form and of showcases, from their
	 * receipt (notification-service, members-service)
	 * @param sentMails the sent-mail log, from the sending (notification-service)
	 * @param reminders reminders, from the end of their event (notification-service)
	 * @param exportArchives a GDPR export's archive and its link, from its making
	 * (members-service)
	 */
	public record Retention(int visitorRegistrations, int contactMessages, int sentMails, int reminders,
			int exportArchives) {

		/** What applies until staff choose. */
		public static final Retention DEFAULTS = new Retention(365, 365, 365, 90, 7);

		/**
		 * This retention with each missing or impossible value replaced by its default.
		 */
		public Retention orDefaults() {
			return new Retention(positive(this.visitorRegistrations, DEFAULTS.visitorRegistrations),
					positive(this.contactMessages, DEFAULTS.contactMessages),
					positive(this.sentMails, DEFAULTS.sentMails), positive(this.reminders, DEFAULTS.reminders),
					positive(this.exportArchives, DEFAULTS.exportArchives));
		}

		/** The days of one kind. */
		public int days(RetentionKind kind) {
			return switch (kind) {
				case VISITOR_REGISTRATIONS -> this.visitorRegistrations;
				case CONTACT_MESSAGES -> this.contactMessages;
				case SENT_MAILS -> this.sentMails;
				case REMINDERS -> this.reminders;
				case EXPORT_ARCHIVES -> this.exportArchives;
			};
		}

		private static int positive(int value, int fallback) {
			return (value >= 1) ? value : fallback;
		}

	}

}
