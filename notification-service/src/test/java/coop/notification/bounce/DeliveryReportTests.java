package coop.notification.bounce;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import coop.notification.mail.Bounces.ReportedFailure;
import org.junit.jupiter.api.Test;

import static coop.notification.bounce.DeliveryReports.recipient;
import static coop.notification.bounce.DeliveryReports.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryReportTests {

	private static final String TO = "bounces@coopemploi.com";

	@Test
	void aPermanentFailureGivesTheRecipientWithTheStatusAndTheServersWords() throws Exception {
		DeliveryReport report = read(DeliveryReports.failed("<a@mx.example.net>", TO, "Marie.Dupont@Example.org"))
			.orElseThrow();
		assertThat(report.failures()).containsExactly(new ReportedFailure("Marie.Dupont@Example.org",
				"550 5.1.1 <Marie.Dupont@Example.org>: Recipient address rejected: User unknown in virtual mailbox table"));
	}

	@Test
	void delaysTemporaryFailuresAndDeliveriesAreNoFailure() throws Exception {
		DeliveryReport report = read(report("<b@mx.example.net>", TO,
				recipient("retard@example.org", "delayed", "4.4.1", "connect to mx.example.org: Connection timed out"),
				recipient("temporaire@example.org", "failed", "4.2.2", "452 4.2.2 Mailbox full"),
				recipient("livre@example.org", "delivered", "2.0.0", null),
				recipient("refuse@example.org", "Failed", "5.7.1 (delivery not authorized)", null)))
			.orElseThrow();
		assertThat(report.failures()).containsExactly(new ReportedFailure("refuse@example.org", "5.7.1"));
	}

	@Test
	void theSameMessageIdGivesTheSameKeyWhateverTheContent() throws Exception {
		String first = read(DeliveryReports.failed("<same@mx.example.net>", TO, "a@example.org")).orElseThrow().key();
		String again = read(DeliveryReports.failed("<same@mx.example.net>", TO, "b@example.org")).orElseThrow().key();
		String other = read(DeliveryReports.failed("<other@mx.example.net>", TO, "a@example.org")).orElseThrow().key();
		assertThat(first).hasSize(64).isEqualTo(again).isNotEqualTo(other);
	}

	@Test
	void aMessageThatIsNoReportIsNoneAndAnUnreadableReportIsMalformed() throws Exception {
		assertThat(read(DeliveryReports.autoReply("<c@example.net>", TO))).isEmpty();
		assertThatThrownBy(() -> read(DeliveryReports.withoutStatusPart("<d@mx.example.net>", TO)))
			.isInstanceOf(DeliveryReport.Malformed.class);
		assertThatThrownBy(() -> read(DeliveryReports.withoutRecipient("<e@mx.example.net>", TO)))
			.isInstanceOf(DeliveryReport.Malformed.class);
		assertThatThrownBy(
				() -> read(report("<f@mx.example.net>", TO, recipient("pas une adresse", "failed", "5.1.1", null))))
			.isInstanceOf(DeliveryReport.Malformed.class);
		assertThat(read("\u0000\u0001 pas un message".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
	}

	private static Optional<DeliveryReport> read(String raw) throws DeliveryReport.Malformed {
		return read(raw.getBytes(StandardCharsets.US_ASCII));
	}

	private static Optional<DeliveryReport> read(byte[] raw) throws DeliveryReport.Malformed {
		return DeliveryReport.read(raw);
	}

}
