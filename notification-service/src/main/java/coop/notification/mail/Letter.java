package coop.notification.mail;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The body of an e-mail, written once and rendered twice: as plain text and as HTML in
 * the cooperative's colours ({@link MailLayout}). It opens with « Bonjour {first name},
 * »; the team's signature and the frame are added when it is sent, with the cooperative's
 * settings of that moment ({@link OutgoingMail#framed}).
 */
public final class Letter {

	private final StringBuilder text = new StringBuilder();

	private final StringBuilder html = new StringBuilder();

	private Letter(String greeting) {
		paragraph(greeting);
	}

	/** « Bonjour Marie, », or « Bonjour, » when the name is unknown (a visitor). */
	public static Letter to(String firstName) {
		return new Letter((firstName == null || firstName.isBlank()) ? "Bonjour," : "Bonjour " + firstName + ",");
	}

	/** A letter to one of the cooperative's own mailboxes. */
	public static Letter toTeam() {
		return new Letter("Bonjour,");
	}

	/**
	 * A letter that greets nobody by name: for an address nobody proved to own, where a
	 * name typed by a stranger must not be mailed.
	 */
	public static Letter toUnverifiedAddress() {
		return new Letter("Bonjour,");
	}

	/** A paragraph of one or more lines; {@code null} lines are left out. */
	public Letter paragraph(String... lines) {
		List<String> present = Arrays.stream(lines).filter(Objects::nonNull).toList();
		if (!present.isEmpty()) {
			String joined = String.join("\n", present);
			this.text.append(joined).append("\n\n");
			this.html.append("<p>").append(MailLayout.text(joined)).append("</p>\n");
		}
		return this;
	}

	/** A link on a line of its own; nothing when {@code url} is {@code null}. */
	public Letter link(String label, String url) {
		return (url != null) ? append(label, url, MailLayout.link(url, label)) : this;
	}

	/** The call to action, an orange button; nothing when {@code url} is {@code null}. */
	public Letter button(String label, String url) {
		return (url != null) ? append(label, url, MailLayout.button(url, label)) : this;
	}

	private Letter append(String label, String url, String htmlLink) {
		this.text.append(label).append(" : ").append(url).append("\n\n");
		this.html.append("<p>").append(htmlLink).append("</p>\n");
		return this;
	}

	public OutgoingMail mail(MailKind kind, String to, String subject, List<OutgoingMail.Attachment> attachments) {
		return new OutgoingMail(kind, to, subject, this.text.toString(), this.html.toString(), attachments);
	}

}
