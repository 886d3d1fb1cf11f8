package coop.notification.registration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import coop.notification.Samples;
import coop.notification.mail.MailProperties;
import coop.notification.mail.TestSenders;
import coop.notification.mail.OutgoingMail;
import coop.platform.contracts.ContractJson;
import coop.platform.contracts.events.RegistrationCancelled;
import coop.platform.test.StrictCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationMailsTests {

	final RegistrationMails mails = new RegistrationMails(TestSenders
		.of(new MailProperties("ne-pas-repondre@coopemploi.com", "contact@coopemploi.com", "https://coopemploi.com/")));

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					BY_ATTENDEE    | registration-cancelled          | Votre inscription est annulée : Réunion d'information collective à Seynod — mardi 12 janvier 2027 | 1
					OFFER_EXPIRED  | registration-offer-expired      | Le délai est passé : Réunion d'information collective à Seynod — mardi 12 janvier 2027            | 0
					OFFER_DECLINED | registration-offer-declined     | Place refusée : Réunion d'information collective à Seynod — mardi 12 janvier 2027                 | 0
					BY_STAFF       | registration-cancelled-by-staff | Votre inscription est annulée : Réunion d'information collective à Seynod — mardi 12 janvier 2027 | 1
					SOMETHING_NEW  | registration-cancelled          | Votre inscription est annulée : Réunion d'information collective à Seynod — mardi 12 janvier 2027 | 1
					""")
	void eachReasonOfACancellationHasItsMail(String reason, String kind, String subject, int calendarFiles) {
		OutgoingMail mail = this.mails.cancelled(new RegistrationCancelled(UUID.randomUUID(), Samples.meeting(),
				Samples.person("Léa", "Perrin", "lea@example.org"),
				ContractJson.mapper().convertValue(reason, RegistrationCancelled.Reason.class)), Instant.now());

		assertThat(mail.kind().code()).isEqualTo(kind);
		assertThat(mail.subject()).isEqualTo(subject);
		assertThat(mail.attachments()).hasSize(calendarFiles);
		// the seat given back: the entry is removed from the person's calendar
		mail.attachments().forEach((file) -> {
			assertThat(file.contentType()).endsWith("method=CANCEL");
			assertThat(StrictCalendar.parse(new String(file.content(), StandardCharsets.UTF_8)).getMethod().getValue())
				.isEqualTo("CANCEL");
		});
		assertThat(mail.text()).contains("Voir l'agenda : https://coopemploi.com/agenda");
	}

}
