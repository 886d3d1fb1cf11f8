package coop.notification.mail;

/**
 * How an address was found to be in failure, the latest time.
 */
public enum BounceSource {

	/** The SMTP server answered a 5xx to the recipient when the mail was sent. */
	SMTP_REFUSAL("Refus immédiat du serveur"),

	/**
	 * The mail was accepted, then a delivery status notification (RFC 3464) came back to
	 * the bounce mailbox saying it failed for good.
	 */
	DELIVERY_REPORT("Avis de non-remise");

	private final String label;

	BounceSource(String label) {
		this.label = label;
	}

	/** In French, for staff. */
	public String label() {
		return this.label;
	}

}
