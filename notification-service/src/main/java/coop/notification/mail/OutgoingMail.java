package coop.notification.mail;

import java.util.List;

import coop.platform.messaging.cooperative.Cooperative;

/**
 * An e-mail ready to send: both an HTML and a plain-text body, so every mail client shows
 * it well. A letter's bodies are its words alone until {@link #framed} signs them and
 * puts the HTML in the cooperative's page.
 *
 * @param kind what the mail is about: for the sent log, and whether the person may
 * unsubscribe from it
 * @param replyTo where answers go, {@code null} for the sender
 */
public record OutgoingMail(MailKind kind, String to, String subject, String text, String html,
		List<Attachment> attachments, String replyTo) {

	public OutgoingMail(MailKind kind, String to, String subject, String text, String html,
			List<Attachment> attachments) {
		this(kind, to, subject, text, html, attachments, null);
	}

	/** The same mail, answered to {@code address} rather than to the sender. */
	public OutgoingMail replyingTo(String address) {
		return new OutgoingMail(this.kind, this.to, this.subject, this.text, this.html, this.attachments, address);
	}

	/**
	 * The letter signed by the cooperative's team and, in HTML, in its page (name or
	 * logo, colours, address).
	 */
	OutgoingMail framed(Cooperative cooperative) {
		String signature = "À bientôt,\nL'équipe de " + cooperative.name();
		String plain = this.text + signature + "\n";
		String page = MailLayout.page(cooperative, this.subject,
				this.html + "<p>" + MailLayout.text(signature) + "</p>\n");
		return new OutgoingMail(this.kind, this.to, this.subject, plain, page, this.attachments, this.replyTo);
	}

	/**
	 * The same mail with a line at its foot (the way to choose one's e-mails), in both
	 * bodies.
	 */
	OutgoingMail withFooter(String sentence, String label, String url) {
		String plain = this.text + "\n--\n" + sentence + "\n" + label + " : " + url + "\n";
		String page = MailLayout.withFooter(this.html, MailLayout.text(sentence) + " " + MailLayout.link(url, label));
		return new OutgoingMail(this.kind, this.to, this.subject, plain, page, this.attachments, this.replyTo);
	}

	public record Attachment(String fileName, String contentType, byte[] content) {
	}

}
