package coop.notification.bounce;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bounce mailbox: the envelope sender of every mail ({@code mail.smtp.from}), where
 * mail servers send their delivery status notifications, and how it is read.
 *
 * @param address the bounce address (empty: mails go out with the From address as
 * envelope sender)
 * @param interval how often the mailbox is read
 * @param imap how to read it (no host: not read)
 */
@ConfigurationProperties("coop.mail.bounces")
record BounceMailboxProperties(String address, @DefaultValue("5m") Duration interval, @DefaultValue Imap imap) {

	boolean enabled() {
		return this.imap.host() != null && !this.imap.host().isBlank();
	}

	/** The login to the mailbox: the username, or the bounce address without one. */
	String login() {
		return (this.imap.username() != null && !this.imap.username().isBlank()) ? this.imap.username() : this.address;
	}

	/**
	 * @param host the IMAP server (empty: the mailbox is not read)
	 * @param port its port
	 * @param ssl IMAP over TLS ({@code imaps}); otherwise STARTTLS when the server offers
	 * it
	 * @param username the login (empty: the bounce address)
	 * @param password the password
	 * @param folder the folder the reports arrive in
	 * @param asideFolder where messages that are no readable report are moved, for a
	 * person to look at (created when missing)
	 */
	record Imap(String host, @DefaultValue("993") int port, @DefaultValue("true") boolean ssl, String username,
			String password, @DefaultValue("INBOX") String folder, @DefaultValue("Non-traites") String asideFolder) {
	}

}
