package coop.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import biweekly.component.VEvent;
import coop.platform.contracts.events.AppointmentBooked;
import coop.platform.contracts.events.AppointmentCancelled;
import coop.platform.contracts.events.Attendee;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.ReceivedMail;
import org.junit.jupiter.api.Test;

import static coop.notification.Samples.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An appointment booked or cancelled: one e-mail to the entrepreneur and one to the
 * coach, each with the calendar entry of the appointment.
 */
class AppointmentMailIT extends WithRealServers {

	static final OffsetDateTime FEBRUARY_3_AT_10 = OffsetDateTime.of(2027, 2, 3, 10, 0, 0, 0, ZoneOffset.ofHours(1));

	final String marieAddress = uniqueAddress("marie");

	final String lucasAddress = uniqueAddress("lucas");

	final Attendee marie = person("Marie", "Dupont", this.marieAddress);

	final Attendee lucas = person("Lucas", "Favre", this.lucasAddress);

	@Test
	void aBookingSendsOneMailToEachWithTheCalendarEntryEvenWhenRedelivered() {
		UUID appointment = UUID.randomUUID();
		MessageEnvelope booked = MessageEnvelope.of(new AppointmentBooked(appointment, this.lucas, this.marie,
				FEBRUARY_3_AT_10, FEBRUARY_3_AT_10.plusHours(1), "COOP'EMPLOI Seynod", "Prévisionnel"), Instant.now());
		this.broker.publish(booked);
		this.broker.publish(booked);

		ReceivedMail toMarie = exactly(1, this.marieAddress).get(0);
		ReceivedMail toLucas = exactly(1, this.lucasAddress).get(0);
		assertThat(toMarie.subject()).isEqualTo("Rendez-vous confirmé avec Lucas Favre — mercredi 3 février 2027");
		assertThat(toLucas.subject()).isEqualTo("Rendez-vous confirmé avec Marie Dupont — mercredi 3 février 2027");
		assertThat(toMarie.text()).contains("Bonjour Marie")
			.contains("Votre rendez-vous avec Lucas Favre est confirmé.")
			.contains("Quand : mercredi 3 février 2027, de 10 h 00 à 11 h 00")
			.contains("Où : COOP'EMPLOI Seynod")
			.contains("Sujet : Prévisionnel")
			.contains("http://localhost:8080/intranet/rendez-vous");
		for (ReceivedMail received : new ReceivedMail[] { toMarie, toLucas }) {
			VEvent entry = calendarEntry(received, "rendez-vous.ics");
			assertThat(entry.getUid().getValue()).isEqualTo(appointment.toString());
			assertThat(entry.getDateStart().getValue().toInstant()).isEqualTo(FEBRUARY_3_AT_10.toInstant());
			assertThat(entry.getStatus().isConfirmed()).isTrue();
		}
	}

	@Test
	void aCancellationTellsBothAndRemovesTheCalendarEntry() {
		UUID appointment = UUID.randomUUID();
		publish(new AppointmentCancelled(appointment, this.lucas, this.marie, FEBRUARY_3_AT_10,
				FEBRUARY_3_AT_10.plusHours(1), "COOP'EMPLOI Seynod", AppointmentCancelled.CancelledBy.COACH));

		ReceivedMail toMarie = exactly(1, this.marieAddress).get(0);
		ReceivedMail toLucas = exactly(1, this.lucasAddress).get(0);
		assertThat(toMarie.subject()).isEqualTo("Rendez-vous annulé avec Lucas Favre — mercredi 3 février 2027");
		assertThat(toMarie.text()).contains("Lucas Favre a annulé votre rendez-vous du mercredi 3 février 2027")
			.contains("Vous pouvez réserver un autre créneau");
		assertThat(toLucas.text()).contains("Votre annulation est enregistrée");
		for (ReceivedMail received : new ReceivedMail[] { toMarie, toLucas }) {
			assertThat(calendarOf(received, "rendez-vous.ics").getMethod().getValue()).isEqualTo("CANCEL");
			VEvent entry = calendarEntry(received, "rendez-vous.ics");
			assertThat(entry.getUid().getValue()).isEqualTo(appointment.toString());
			assertThat(entry.getStatus().isCancelled()).isTrue();
		}
	}

}
