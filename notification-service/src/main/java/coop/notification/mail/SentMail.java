package coop.notification.mail;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A line of the sent log.
 */
@Entity
@Table(name = "sent_mail")
class SentMail {

	@Id
	private UUID id;

	private UUID causeId;

	private String kind;

	private String recipient;

	private String subject;

	private Instant sentAt;

	/**
	 * {@link #SENT}, {@link #SKIPPED} (unsubscribed, or the address in failure) or
	 * {@link #BOUNCED}.
	 */
	private String outcome;

	static final String SENT = "SENT";

	static final String SKIPPED = "SKIPPED";

	/** The SMTP server refused the recipient for good ({@link Bounces}). */
	static final String BOUNCED = "BOUNCED";

	protected SentMail() {
	}

	SentMail(UUID causeId, String kind, String recipient, String subject, Instant sentAt, String outcome) {
		this.outcome = outcome;
		this.id = UUID.randomUUID();
		this.causeId = causeId;
		this.kind = kind;
		this.recipient = recipient;
		this.subject = subject;
		this.sentAt = sentAt;
	}

}
