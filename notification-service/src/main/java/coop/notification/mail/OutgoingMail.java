package coop.notification.mail;

import java.util.List;

/**
 * An e-mail ready to send: both an HTML and a plain-text body, so every mail client shows
 * it well.
 *
 * @param kind what the mail is about, for the sent log (e.g.
 * {@code registration-confirmed})
 */
public record OutgoingMail(String kind, String to, String subject, String text, String html,
		List<Attachment> attachments) {

	public record Attachment(String fileName, String contentType, byte[] content) {
	}

}
