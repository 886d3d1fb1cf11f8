package coop.platform.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A message as the SMTP server received it, decoded: subject, recipients, text and HTML
 * bodies, attachments.
 *
 * @param attachments file name to content type and bytes
 * @param replyTo the Reply-To addresses, empty when answers go to the sender
 * @param headers every header by its lower-case name (the first value of each)
 */
public record ReceivedMail(String subject, String from, List<String> to, String text, String html,
		Map<String, Attachment> attachments, List<String> replyTo, Map<String, String> headers) {

	/** A header's value (unfolded), {@code null} when the mail has none. */
	public String header(String name) {
		return this.headers.get(name.toLowerCase(java.util.Locale.ROOT));
	}

	public record Attachment(String contentType, byte[] content) {

		public String asText() {
			return new String(this.content, StandardCharsets.UTF_8);
		}

	}

	static ReceivedMail parse(String raw) {
		try {
			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
					new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
			Parts parts = new Parts();
			parts.collect(message);
			List<String> to = new ArrayList<>();
			for (var address : message.getAllRecipients()) {
				to.add(((InternetAddress) address).getAddress());
			}
			List<String> replyTo = new ArrayList<>();
			if (message.getHeader("Reply-To") != null) {
				for (var address : message.getReplyTo()) {
					replyTo.add(((InternetAddress) address).getAddress());
				}
			}
			Map<String, String> headers = new java.util.HashMap<>();
			for (var header : java.util.Collections.list(message.getAllHeaders())) {
				headers.putIfAbsent(header.getName().toLowerCase(java.util.Locale.ROOT),
						jakarta.mail.internet.MimeUtility.unfold(header.getValue()));
			}
			return new ReceivedMail(message.getSubject(), ((InternetAddress) message.getFrom()[0]).toUnicodeString(),
					to, parts.text, parts.html, Map.copyOf(parts.attachments), List.copyOf(replyTo),
					Map.copyOf(headers));
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("Unreadable message: " + ex.getMessage(), ex);
		}
	}

	private static final class Parts {

		private String text;

		private String html;

		private final Map<String, Attachment> attachments = new java.util.LinkedHashMap<>();

		void collect(Part part) throws MessagingException, IOException {
			if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				String name = (part.getFileName() != null) ? part.getFileName() : "attachment";
				this.attachments.put(name, new Attachment(part.getContentType().split(";")[0].trim().toLowerCase(),
						part.getInputStream().readAllBytes()));
			}
			else if (part.isMimeType("text/plain") && this.text == null) {
				this.text = part.getContent().toString();
			}
			else if (part.isMimeType("text/html") && this.html == null) {
				this.html = part.getContent().toString();
			}
			else if (part.isMimeType("text/calendar")) {
				this.attachments.put("invite.ics",
						new Attachment("text/calendar", part.getInputStream().readAllBytes()));
			}
			else if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					collect(child);
				}
			}
		}

	}

}
