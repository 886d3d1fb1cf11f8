package coop.platform.contracts.privacy;

/**
 * The kinds of personal data kept only for a while, each with its duration in the
 * cooperative's settings ({@code CooperativeChanged.Retention}).
 */
public enum RetentionKind {

	/** Registrations of visitors without an account (events-service). */
	VISITOR_REGISTRATIONS("Inscriptions de visiteurs sans compte"),
	/** Contact form and showcase messages (notification-service, members-service). */
	CONTACT_MESSAGES("Messages de contact"),
	/** The sent-mail log (notification-service). */
	SENT_MAILS("Journal des e-mails envoyés"),
	/** Reminders of past events (notification-service). */
	REMINDERS("Rappels d'événements passés"),
	/** GDPR export archives and their links (members-service). */
	EXPORT_ARCHIVES("Archives d'export de données personnelles");

	private final String label;

	RetentionKind(String label) {
		this.label = label;
	}

	/** How staff read it. */
	public String label() {
		return this.label;
	}

}
