package coop.notification.bounce;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import coop.notification.mail.Bounces.ReportedFailure;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * A delivery status notification (RFC 3464) as the bounce mailbox holds it: a
 * {@code multipart/report; report-type=delivery-status} message whose
 * {@code message/delivery-status} part has one block of fields per recipient. A recipient
 * counts as failed for good when its {@code Action} is {@code failed} and its
 * {@code Status} is {@code 5.x.x}; {@code delayed}, {@code delivered}, {@code relayed},
 * {@code expanded} and {@code 4.x.x} statuses are no failure (a final report follows if
 * the delay turns into a failure).
 *
 * @param key what identifies the report: a digest of its Message-ID, or of the whole
 * message when it has none
 * @param failures the recipients failed for good (the {@code Original-Recipient} when it
 * is an address, the address the mail was sent to; else the {@code Final-Recipient})
 */
record DeliveryReport(String key, List<ReportedFailure> failures) {

	private static final Pattern PERMANENT = Pattern.compile("5\\.\\d{1,3}\\.\\d{1,3}");

	/** More blocks than this is no report a mail server writes for our mails. */
	private static final int MAX_BLOCKS = 1000;

	/**
	 * Reads a message of the bounce mailbox.
	 * @param raw the message as the mailbox holds it
	 * @return the report, or empty when the message is no delivery status notification
	 * (an auto-reply, spam)
	 * @throws Malformed when it says it is one but cannot be read as such
	 */
	static Optional<DeliveryReport> read(byte[] raw) throws Malformed {
		try {
			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
			ContentType type = new ContentType(Optional.ofNullable(message.getContentType()).orElse("text/plain"));
			if (!type.match("multipart/report")
					|| !"delivery-status".equalsIgnoreCase(type.getParameter("report-type"))) {
				return Optional.empty();
			}
			if (!(message.getContent() instanceof Multipart parts)) {
				throw new Malformed("a multipart/report without parts");
			}
			BodyPart status = null;
			for (int i = 0; i < parts.getCount() && status == null; i++) {
				BodyPart part = parts.getBodyPart(i);
				if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
					status = part;
				}
			}
			if (status == null) {
				throw new Malformed("no message/delivery-status part");
			}
			return Optional.of(new DeliveryReport(key(message, raw), failures(status.getInputStream())));
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			throw new Malformed(ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	/**
	 * The recipient blocks of a {@code message/delivery-status} body: the per-message
	 * block comes first, then one block per recipient, separated by empty lines.
	 */
	private static List<ReportedFailure> failures(InputStream body) throws IOException, MessagingException, Malformed {
		ByteArrayInputStream in = new ByteArrayInputStream(body.readAllBytes());
		List<InternetHeaders> recipients = new ArrayList<>();
		boolean perMessage = true;
		int blocks = 0;
		while (in.available() > 0 && blocks++ < MAX_BLOCKS) {
			InternetHeaders block = new InternetHeaders(in);
			if (!block.getAllHeaders().hasMoreElements()) {
				continue;
			}
			if (perMessage) {
				perMessage = false;
				if (block.getHeader("Final-Recipient") == null) {
					continue;
				}
			}
			recipients.add(block);
		}
		if (recipients.stream().noneMatch((block) -> block.getHeader("Final-Recipient") != null)) {
			throw new Malformed("no recipient block (Final-Recipient)");
		}
		List<ReportedFailure> failures = new ArrayList<>();
		int unreadable = 0;
		for (InternetHeaders block : recipients) {
			String action = field(block, "Action").toLowerCase(Locale.ROOT);
			String status = field(block, "Status").split("[\\s(]", 2)[0];
			if (!action.equals("failed") || !PERMANENT.matcher(status).matches()) {
				continue;
			}
			Optional<String> address = address(field(block, "Original-Recipient"))
				.or(() -> address(field(block, "Final-Recipient")));
			if (address.isEmpty()) {
				unreadable++;
				continue;
			}
			failures.add(new ReportedFailure(address.get(), reply(status, typed(field(block, "Diagnostic-Code")))));
		}
		if (failures.isEmpty() && unreadable > 0) {
			throw new Malformed(unreadable + " failed recipient(s) without a readable address");
		}
		return List.copyOf(failures);
	}

	/** The value of a field on one line, its runs of spaces as one; empty when absent. */
	private static String field(InternetHeaders block, String name) {
		String value = block.getHeader(name, null);
		return (value != null) ? MimeUtility.unfold(value).replaceAll("\\s+", " ").strip() : "";
	}

	/**
	 * The value after the type of a typed field ({@code rfc822; a@b},
	 * {@code smtp; 550 …}).
	 */
	private static String typed(String value) {
		int semicolon = value.indexOf(';');
		return ((semicolon >= 0) ? value.substring(semicolon + 1) : value).strip();
	}

	/** The address of an {@code rfc822} (or {@code utf-8}) recipient field. */
	private static Optional<String> address(String field) {
		int semicolon = field.indexOf(';');
		if (semicolon < 0) {
			return Optional.empty();
		}
		String type = field.substring(0, semicolon).strip().toLowerCase(Locale.ROOT);
		String value = field.substring(semicolon + 1).strip();
		if (value.startsWith("<") && value.endsWith(">")) {
			value = value.substring(1, value.length() - 1).strip();
		}
		if (!(type.equals("rfc822") || type.equals("utf-8")) || value.isEmpty()) {
			return Optional.empty();
		}
		try {
			InternetAddress address = new InternetAddress(value, true);
			address.validate();
			return Optional.of(address.getAddress());
		}
		catch (AddressException ex) {
			return Optional.empty();
		}
	}

	/**
	 * What staff read: the status, and the remote server's words when the report gives
	 * them.
	 */
	private static String reply(String status, String diagnostic) {
		if (diagnostic.isEmpty()) {
			return status;
		}
		return diagnostic.contains(status) ? diagnostic : status + " " + diagnostic;
	}

	private static String key(MimeMessage message, byte[] raw) throws MessagingException {
		String id = message.getMessageID();
		byte[] identity = (id != null && !id.isBlank()) ? ("message-id:" + id.strip()).getBytes(StandardCharsets.UTF_8)
				: raw;
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(identity));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A message that says it is a delivery status notification but cannot be read as one.
	 */
	static final class Malformed extends Exception {

		Malformed(String reason) {
			super(reason);
		}

	}

}
