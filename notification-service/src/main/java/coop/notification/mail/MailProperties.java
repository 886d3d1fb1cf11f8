package coop.notification.mail;

import coop.platform.calendar.IcsWriter;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from sender of every e-mail
 * @param teamMailbox the cooperative's mailbox, which receives the contact form and is
 * named in e-mails as the address to write to
 * @param publicUrl the site's address, for links
 */
@ConfigurationProperties("coop.mail")
public record MailProperties(String from, String teamMailbox, String publicUrl) {

	/** A page of the site, e.g. {@code link("/agenda")}. */
	public String link(String path) {
		return this.publicUrl.replaceAll("/+$", "") + path;
	}

	/** The organizer of every calendar entry sent: the team, whom people may answer. */
	public IcsWriter.Organizer organizer() {
		return IcsWriter.Organizer.cooperative(this.teamMailbox);
	}

}
