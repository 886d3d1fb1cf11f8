package coop.notification.appointment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import coop.notification.Samples;
import coop.notification.appointment.AppointmentMails.Side;
import coop.notification.mail.MailProperties;
import coop.notification.mail.TestSenders;
import coop.platform.contracts.events.AppointmentCancelled;
import coop.platform.contracts.events.AppointmentCancelled.CancelledBy;
import coop.platform.contracts.events.Attendee;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppointmentMailsTests {

	final AppointmentMails mails = new AppointmentMails(TestSenders
		.of(new MailProperties("ne-pas-repondre@coopemploi.com", "contact@coopemploi.com", "http://localhost:8080")));

	final Attendee marie = Samples.person("Marie", "Dupont", "marie@example.org");

	final Attendee lucas = Samples.person("Lucas", "Favre", "lucas@example.org");

	final OffsetDateTime start = OffsetDateTime.of(2027, 2, 3, 10, 0, 0, 0, ZoneOffset.ofHours(1));

	@Test
	void whoeverCancelledReadsAnAcknowledgementAndTheOtherAnApology() {
		AppointmentCancelled cancellation = new AppointmentCancelled(UUID.randomUUID(), this.lucas, this.marie,
				this.start, this.start.plusHours(1), "COOP'EMPLOI Seynod", CancelledBy.ENTREPRENEUR);
		List<Side> sides = Side.of(this.marie, this.lucas, CancelledBy.ENTREPRENEUR);

		String toMarie = this.mails.cancelled(cancellation, sides.get(0), Instant.now()).text();
		String toLucas = this.mails.cancelled(cancellation, sides.get(1), Instant.now()).text();

		assertThat(toMarie).contains("Votre annulation est enregistrée : votre rendez-vous avec Lucas Favre du "
				+ "mercredi 3 février 2027, de 10 h 00 à 11 h 00 n'aura pas lieu.");
		assertThat(toLucas).contains("Marie Dupont a annulé votre rendez-vous du mercredi 3 février 2027")
			.doesNotContain("réserver un autre créneau");
	}

	@Test
	void aPersonWithoutAddressGetsNoMail() {
		assertThat(Side.of(this.marie, Samples.person("Lucas", "Favre", null), null)).hasSize(1)
			.first()
			.extracting(Side::person)
			.isEqualTo(this.marie);
	}

}
