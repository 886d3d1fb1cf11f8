package coop.notification.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from sender address of every e-mail until the cooperative's settings name one
 * ({@link Sender})
 * @param teamMailbox the cooperative's mailbox, which receives the contact form and is
 * named in e-mails as the address to write to, until the settings name one
 * @param publicUrl the site's address, for links
 */
@ConfigurationProperties("coop.mail")
public record MailProperties(String from, String teamMailbox, String publicUrl) {

	/** A page of the site, e.g. {@code link("/agenda")}. */
	public String link(String path) {
		return this.publicUrl.replaceAll("/+$", "") + path;
	}

}
