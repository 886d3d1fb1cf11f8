package coop.notification.bounce;

import java.util.UUID;

/**
 * Delivery status notifications as mail servers write them (Postfix's wording), built for
 * the tests: the raw message, lines ended by CRLF.
 */
final class DeliveryReports {

	private DeliveryReports() {
	}

	/** A new Message-ID, as the reporting server would give it. */
	static String newMessageId() {
		return "<" + UUID.randomUUID() + "@mx.example.net>";
	}

	/** One recipient's block of the {@code message/delivery-status} part. */
	static String recipient(String address, String action, String status, String diagnostic) {
		return "Final-Recipient: rfc822; " + address + "\n" + "Original-Recipient: rfc822;" + address + "\n"
				+ "Action: " + action + "\n" + "Status: " + status + "\n" + "Remote-MTA: dns; mx2.example.net\n"
				+ ((diagnostic != null) ? "Diagnostic-Code: smtp; " + diagnostic + "\n" : "");
	}

	/** A permanent failure of {@code address}, 550 5.1.1 « User unknown ». */
	static String failed(String messageId, String to, String address) {
		return report(messageId, to, recipient(address, "failed", "5.1.1",
				"550 5.1.1 <" + address + ">: Recipient address\n    rejected: User unknown in virtual mailbox table"));
	}

	/**
	 * A {@code multipart/report; report-type=delivery-status} message to {@code to} with
	 * those recipient blocks, and the headers of the mail that failed.
	 */
	static String report(String messageId, String to, String... recipients) {
		StringBuilder status = new StringBuilder("""
				Reporting-MTA: dns; mx.example.net
				X-Postfix-Queue-ID: 4Qx7Lk2yZdz9sWb
				X-Postfix-Sender: rfc822; %s
				Arrival-Date: Sat, 12 Dec 2026 09:30:01 +0100 (CET)
				""".formatted(to));
		for (String recipient : recipients) {
			status.append("\n").append(recipient);
		}
		return message(messageId, to, "delivery-status", """
				--REPORT
				Content-Description: Notification
				Content-Type: text/plain; charset=us-ascii

				This is the mail system at host mx.example.net.

				I'm sorry to have to inform you that your message could not
				be delivered to one or more recipients.

				--REPORT
				Content-Description: Delivery report
				Content-Type: message/delivery-status

				%s
				--REPORT
				Content-Description: Undelivered Message Headers
				Content-Type: text/rfc822-headers

				From: =?UTF-8?Q?Coop=C3=A9rative?= <ne-pas-repondre@coopemploi.com>
				Subject: =?UTF-8?Q?Rappel_=3A_R=C3=A9union_d'information_demain?=
				Message-ID: <original@coopemploi.com>

				--REPORT--
				""".formatted(status));
	}

	/** A report whose {@code message/delivery-status} part is missing. */
	static String withoutStatusPart(String messageId, String to) {
		return message(messageId, to, "delivery-status", """
				--REPORT
				Content-Type: text/plain; charset=us-ascii

				Your message could not be delivered.

				--REPORT--
				""");
	}

	/** A report whose status part holds no recipient. */
	static String withoutRecipient(String messageId, String to) {
		return message(messageId, to, "delivery-status", """
				--REPORT
				Content-Type: message/delivery-status

				Reporting-MTA: dns; mx.example.net

				--REPORT--
				""");
	}

	/** An auto-reply: no report at all. */
	static String autoReply(String messageId, String to) {
		return crlf("""
				From: Camille <camille@example.net>
				To: %s
				Subject: =?UTF-8?Q?R=C3=A9ponse_automatique?=
				Message-ID: %s
				Auto-Submitted: auto-replied
				MIME-Version: 1.0
				Content-Type: text/plain; charset=us-ascii

				I am away until Monday.
				""".formatted(to, messageId));
	}

	private static String message(String messageId, String to, String reportType, String body) {
		return crlf("""
				From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
				To: %s
				Subject: Undelivered Mail Returned to Sender
				Message-ID: %s
				Date: Sat, 12 Dec 2026 09:30:02 +0100 (CET)
				Auto-Submitted: auto-replied
				MIME-Version: 1.0
				Content-Type: multipart/report; report-type=%s;
				    boundary="REPORT"

				This is a MIME-encapsulated message.

				""".formatted(to, messageId, reportType) + body);
	}

	private static String crlf(String text) {
		return text.replace("\r\n", "\n").replace("\n", "\r\n");
	}

}
