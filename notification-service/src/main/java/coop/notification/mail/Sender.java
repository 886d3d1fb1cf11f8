package coop.notification.mail;

import coop.platform.calendar.IcsWriter;
import coop.platform.messaging.cooperative.Cooperative;
import coop.platform.messaging.cooperative.CooperativeCopy;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.stereotype.Component;

/**
 * Who the e-mails come from: the cooperative as staff set it in members-service (this
 * service's copy, read at each mail), with the configured sender and team mailbox until
 * the settings name them.
 */
@Component
public class Sender {

	private final MailProperties properties;

	private final CooperativeCopy cooperative;

	public Sender(MailProperties properties, CooperativeCopy cooperative) {
		this.properties = properties;
		this.cooperative = cooperative;
	}

	/** The cooperative now. */
	public Cooperative cooperative() {
		return this.cooperative.current();
	}

	/**
	 * The team's mailbox: the settings' contact address, or the configured one.
	 */
	public String teamMailbox() {
		String contact = cooperative().contactEmail();
		return (contact != null && !contact.isBlank()) ? contact : this.properties.teamMailbox();
	}

	/** The organizer of every calendar entry sent: the team, whom people may answer. */
	public IcsWriter.Organizer organizer() {
		return new IcsWriter.Organizer(cooperative().name(), teamMailbox());
	}

	/** A page of the site, e.g. {@code link("/agenda")}. */
	public String link(String path) {
		return this.properties.link(path);
	}

	/**
	 * The From of a mail: the settings' sender name and address; the configured address
	 * while the settings name none.
	 */
	InternetAddress from(Cooperative cooperative) {
		try {
			InternetAddress configured = new InternetAddress(this.properties.from());
			String address = (cooperative.senderEmail() != null && !cooperative.senderEmail().isBlank())
					? cooperative.senderEmail() : configured.getAddress();
			return new InternetAddress(address, cooperative.senderName(), "UTF-8");
		}
		catch (AddressException | java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException("coop.mail.from is not an e-mail address: " + this.properties.from(), ex);
		}
	}

}
