package coop.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import biweekly.component.VEvent;
import coop.platform.contracts.events.AgendaEventCancelled;
import coop.platform.contracts.events.AgendaEventChanged;
import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.ReceivedMail;
import org.junit.jupiter.api.Test;

import static coop.notification.Samples.confirmed;
import static coop.notification.Samples.meeting;
import static coop.notification.Samples.recipient;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When staff move or cancel an event, everyone registered gets one e-mail whose calendar
 * file updates or removes the entry of their confirmation.
 */
class AgendaMailIT extends WithRealServers {

	static final OffsetDateTime BEFORE = OffsetDateTime.of(2027, 1, 12, 14, 0, 0, 0, ZoneOffset.ofHours(1));

	@Test
	void aChangeTellsBothTimesAndUpdatesTheConfirmationsCalendarEntry() {
		String lea = uniqueAddress("lea");
		String karim = uniqueAddress("karim");
		AgendaEventSnapshot event = meeting();
		RegistrationConfirmed first = confirmed(event, lea);
		RegistrationConfirmed second = confirmed(event, karim);
		Instant confirmedAt = Instant.now();
		publish(first, confirmedAt);
		VEvent confirmation = calendarEntry(exactly(1, lea).get(0), "reunion.ics");

		MessageEnvelope change = MessageEnvelope.of(new AgendaEventChanged(event, BEFORE, BEFORE.plusHours(2),
				"COOP'EMPLOI Annemasse", List.of(recipient(first), recipient(second))),
				confirmedAt.plus(Duration.ofMinutes(5)));
		this.broker.publish(change);
		this.broker.publish(change);

		ReceivedMail received = exactly(2, lea).get(1);
		assertThat(exactly(1, karim).get(0).subject()).isEqualTo(received.subject());
		assertThat(received.subject()).isEqualTo(
				"Changement d'horaire ou de lieu : Réunion d'information collective à Seynod — mardi 12 janvier 2027");
		assertThat(received.text())
			.contains("Avant : mardi 12 janvier 2027, de 14 h 00 à 16 h 00 — COOP'EMPLOI Annemasse")
			.contains("Désormais : mardi 12 janvier 2027, de 9 h 30 à 11 h 30 — COOP'EMPLOI Seynod")
			.contains("Annuler mon inscription : " + first.cancelUrl());
		VEvent update = calendarEntry(received, "reunion.ics");
		assertThat(update.getUid().getValue()).isEqualTo(confirmation.getUid().getValue())
			.isEqualTo(event.id().toString());
		assertThat(update.getSequence().getValue()).isGreaterThan(confirmation.getSequence().getValue());
		assertThat(update.getDateStart().getValue().toInstant()).isEqualTo(Samples.JANUARY_12_AT_9_30.toInstant());
		assertThat(update.getStatus().isCancelled()).isFalse();
	}

	@Test
	void aCancellationGivesTheReasonAndRemovesTheCalendarEntry() {
		String lea = uniqueAddress("lea");
		AgendaEventSnapshot event = meeting();
		RegistrationConfirmed registration = confirmed(event, lea);
		publish(new AgendaEventCancelled(event, "Intervenante malade", List.of(recipient(registration))));

		ReceivedMail received = exactly(1, lea).get(0);
		assertThat(received.subject())
			.isEqualTo("Annulation : Réunion d'information collective à Seynod — mardi 12 janvier 2027");
		assertThat(received.text()).contains("Nous sommes désolés")
			.contains("est annulé")
			.contains("Motif : Intervenante malade")
			.contains("Voir l'agenda : http://localhost:8080/agenda");
		// a cancellation Outlook and Thunderbird act on: METHOD:CANCEL, the
		// confirmation's
		// UID, a sequence that grows with the message's time
		biweekly.ICalendar cancellation = calendarOf(received, "reunion.ics");
		assertThat(cancellation.getMethod().getValue()).isEqualTo("CANCEL");
		VEvent entry = cancellation.getEvents().get(0);
		assertThat(entry.getUid().getValue()).isEqualTo(event.id().toString());
		assertThat(entry.getStatus().isCancelled()).isTrue();
		assertThat(entry.getSequence().getValue()).isPositive();
	}

	@Test
	void aMessageWithoutRecipientsSendsNothing() {
		AgendaEventSnapshot event = meeting(UUID.randomUUID(), Samples.JANUARY_12_AT_9_30);
		MessageEnvelope empty = publish(
				new AgendaEventChanged(event, BEFORE, BEFORE.plusHours(2), "Ailleurs", List.of()));
		// the queue keeps the order: once the next message is handled, the empty one was
		String witness = uniqueAddress("temoin");
		publish(new AgendaEventCancelled(event, "Salle indisponible", List.of(recipient(confirmed(event, witness)))));

		exactly(1, witness);
		assertThat(sentBecauseOf(empty)).isZero();
	}

}
