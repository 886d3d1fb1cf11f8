package coop.notification.mail;

import java.util.List;

/**
 * An e-mail ready to send: both an HTML and a plain-text body, so every mail client shows
 * it well.
 *
 * @param kind what the mail is about, for the sent log (e.g.
 * {@code registration-confirmed})
 * @param replyTo where answers go, {@code null} for the sender
 */
public record OutgoingMail(String kind, String to, String subject, String text, String html,
		List<Attachment> attachments, String replyTo) {

	public OutgoingMail(String kind, String to, String subject, String text, String html,
			List<Attachment> attachments) {
		this(kind, to, subject, text, html, attachments, null);
	}

	/** The same mail, answered to {@code address} rather than to the sender. */
	public OutgoingMail replyingTo(String address) {
		return new OutgoingMail(this.kind, this.to, this.subject, this.text, this.html, this.attachments, address);
	}

	public record Attachment(String fileName, String contentType, byte[] content) {
	}

}
