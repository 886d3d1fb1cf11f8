package coop.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import coop.platform.test.StrictCalendar;
import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.RegistrationCancelled;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.contracts.events.RegistrationPromoted;
import coop.platform.contracts.events.RegistrationWaitlisted;
import coop.platform.contracts.events.SeatOffered;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.ReceivedMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static coop.notification.Samples.meeting;
import static coop.notification.Samples.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registration message on the real broker becomes one French e-mail on the real SMTP
 * server, with a calendar file when the person holds a seat, however many times the
 * broker delivers it.
 */
class RegistrationMailIT extends WithRealServers {

	@Test
	void aConfirmedRegistrationSendsOneFrenchMailWithTheCalendarFileEvenWhenRedelivered() {
		String address = uniqueAddress("lea");
		MessageEnvelope envelope = MessageEnvelope.of(new RegistrationConfirmed(UUID.randomUUID(), meeting(),
				person("Léa", "Perrin", address), "http://localhost:8080/inscriptions/annuler?jeton=t"), Instant.now());

		this.broker.publish(envelope);
		this.broker.publish(envelope);

		ReceivedMail received = exactly(1, address).get(0);
		assertThat(received.subject()).startsWith("Inscription confirmée : Réunion d'information collective à Seynod")
			.contains("mardi 12 janvier 2027");
		assertThat(received.from()).contains("ne-pas-repondre@coopemploi.com");
		assertThat(received.text()).contains("Bonjour Léa")
			.contains("de 9 h 30 à 11 h 30")
			.contains("Où : COOP'EMPLOI Seynod, 1025 ancienne route d'Annecy")
			.contains("inscriptions/annuler?jeton=t");
		assertThat(received.html()).contains("lang=\"fr\"").contains("Annuler mon inscription");
		ICalendar calendar = StrictCalendar.parse(received.attachments().get("reunion.ics").asText());
		VEvent entry = calendar.getEvents().get(0);
		assertThat(entry.getDateStart().getValue().toInstant()).isEqualTo(Samples.JANUARY_12_AT_9_30.toInstant());
		assertThat(calendar.getTimezoneInfo().getTimezone(entry.getDateStart()).getTimeZone().getID())
			.isEqualTo("Europe/Paris");
		assertThat(entry.getStatus().isConfirmed()).isTrue();
	}

	@Test
	void aWaitlistedRegistrationTellsThePosition() {
		String address = uniqueAddress("karim");
		publish(new RegistrationWaitlisted(UUID.randomUUID(), meeting(), person("Karim", "Benali", address), 3,
				"http://localhost:8080/inscriptions/annuler?jeton=w"));

		ReceivedMail received = exactly(1, address).get(0);
		assertThat(received.subject()).startsWith("Liste d'attente");
		assertThat(received.text()).contains("en position 3").contains("24 heures").contains("jeton=w");
		assertThat(received.attachments()).isEmpty();
	}

	@Test
	void aSeatOfferedGivesTheDeadlineAndTheLinkToAcceptOrDecline() {
		String address = uniqueAddress("karim");
		publish(new SeatOffered(UUID.randomUUID(), meeting(), person("Karim", "Benali", address),
				OffsetDateTime.of(2027, 1, 10, 9, 0, 0, 0, ZoneOffset.ofHours(1)),
				"http://localhost:8080/inscriptions/place?jeton=o"));

		ReceivedMail received = exactly(1, address).get(0);
		assertThat(received.subject())
			.isEqualTo("Une place s'est libérée : Réunion d'information collective à Seynod — mardi 12 janvier 2027");
		assertThat(received.text()).contains("Une place s'est libérée")
			.contains("Vous avez jusqu'au dimanche 10 janvier 2027 à 9 h 00 pour l'accepter ou la refuser")
			.contains("Accepter ou refuser la place : http://localhost:8080/inscriptions/place?jeton=o");
		assertThat(received.html()).contains("href=\"http://localhost:8080/inscriptions/place?jeton=o\"");
	}

	@Test
	void aPromotionConfirmsTheSeatWithTheCalendarFile() {
		String address = uniqueAddress("karim");
		AgendaEventSnapshot event = meeting();
		publish(new RegistrationPromoted(UUID.randomUUID(), event, person("Karim", "Benali", address),
				"http://localhost:8080/inscriptions/annuler?jeton=p"));

		ReceivedMail received = exactly(1, address).get(0);
		assertThat(received.subject()).startsWith("Inscription confirmée : Réunion d'information collective à Seynod");
		assertThat(received.text()).contains("vous avez accepté la place qui s'est libérée")
			.contains("est confirmée")
			.contains("jeton=p");
		VEvent entry = calendarEntry(received, "reunion.ics");
		assertThat(entry.getUid().getValue()).isEqualTo(event.id().toString());
		assertThat(entry.getDateStart().getValue().toInstant()).isEqualTo(Samples.JANUARY_12_AT_9_30.toInstant());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					BY_ATTENDEE    | Votre inscription est annulée : | comme vous l'avez demandé                                            | true
					OFFER_EXPIRED  | Le délai est passé :            | Le délai est passé, la place a été proposée à la personne suivante. | false
					OFFER_DECLINED | Place refusée :                 | Merci de nous avoir répondu                                          | false
					BY_STAFF       | Votre inscription est annulée : | Pour toute question, écrivez-nous à contact@coopemploi.com.        | true
					""")
	void aCancellationSaysWhy(RegistrationCancelled.Reason reason, String subject, String sentence,
			boolean removesTheEntry) {
		String address = uniqueAddress("lea");
		AgendaEventSnapshot event = meeting();
		publish(new RegistrationCancelled(UUID.randomUUID(), event, person("Léa", "Perrin", address), reason));

		ReceivedMail received = exactly(1, address).get(0);
		assertThat(received.subject()).startsWith(subject + " Réunion d'information collective à Seynod");
		assertThat(received.text()).contains(sentence).contains("Voir l'agenda : http://localhost:8080/agenda");
		if (removesTheEntry) {
			VEvent entry = calendarEntry(received, "reunion.ics");
			assertThat(entry.getUid().getValue()).isEqualTo(event.id().toString());
			assertThat(entry.getStatus().isCancelled()).isTrue();
		}
		else {
			assertThat(received.attachments()).isEmpty();
		}
	}

}
