package coop.notification.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import coop.notification.Samples;
import coop.notification.mail.FrenchDates;
import coop.notification.WithRealServers;
import coop.platform.contracts.events.AgendaEventCancelled;
import coop.platform.contracts.events.AgendaEventChanged;
import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.AppointmentBooked;
import coop.platform.contracts.events.AppointmentCancelled;
import coop.platform.contracts.events.RegistrationCancelled;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.test.ReceivedMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static coop.notification.Samples.confirmed;
import static coop.notification.Samples.meeting;
import static coop.notification.Samples.meetingIn;
import static coop.notification.Samples.person;
import static coop.notification.Samples.recipient;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder of the day before: planned with the seat, sent once when due (the job runs
 * here at the time the test chooses), never for a seat given up or an event cancelled,
 * and once only when two replicas run the job together.
 */
class ReminderIT extends WithRealServers {

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H 'h' mm")
		.withZone(ZoneId.of("Europe/Paris"));

	@Autowired
	ReminderJob job;

	@Test
	void aConfirmedSeatIsRemindedOnceTheDayBefore() {
		String address = uniqueAddress("lea");
		AgendaEventSnapshot event = meetingIn(Duration.ofHours(25));
		publish(confirmed(event, address));
		awaitSent(address, 1);

		this.job.sendDue(Instant.now());
		this.job.sendDue(dayBefore(event).minusSeconds(60));
		awaitSent(address, 1);
		this.job.sendDue(dayBefore(event).plusSeconds(60));
		this.job.sendDue(dayBefore(event).plusSeconds(120));

		ReceivedMail reminder = withSubject(exactly(2, address), "Rappel");
		assertThat(reminder.subject()).isEqualTo("Rappel : Réunion d'information collective à Seynod demain à "
				+ HOUR.format(event.startsAt().toInstant()));
		assertThat(reminder.text()).contains("Bonjour Léa")
			.contains("c'est demain")
			.contains("Où : COOP'EMPLOI Seynod")
			.contains("Annuler mon inscription : http://localhost:8080/inscriptions/annuler?jeton=");
	}

	@Test
	void aSeatConfirmedLessThanADayBeforeGetsNoReminder() {
		String address = uniqueAddress("lea");
		AgendaEventSnapshot event = meetingIn(Duration.ofHours(23).plusMinutes(59));
		publish(confirmed(event, address));
		awaitSent(address, 1);

		this.job.sendDue(event.startsAt().toInstant().minusSeconds(3600));

		exactly(1, address);
	}

	@Test
	void aCancelledRegistrationGetsNoReminder() {
		String address = uniqueAddress("lea");
		AgendaEventSnapshot event = meetingIn(Duration.ofHours(25));
		RegistrationConfirmed registration = confirmed(event, address);
		publish(registration);
		publish(new RegistrationCancelled(registration.registrationId(), event, registration.attendee(),
				RegistrationCancelled.Reason.BY_ATTENDEE));
		awaitSent(address, 2);
		// a confirmation delivered late does not bring the reminder back
		publish(registration);
		awaitSent(address, 3);

		this.job.sendDue(dayBefore(event).plusSeconds(60));

		exactly(3, address);
	}

	@Test
	void aChangeMovesTheReminderAndACancellationWithdrawsIt() {
		String moved = uniqueAddress("moved");
		String dropped = uniqueAddress("dropped");
		AgendaEventSnapshot event = meetingIn(Duration.ofHours(25));
		RegistrationConfirmed first = confirmed(event, moved);
		Instant confirmedAt = Instant.now();
		publish(first, confirmedAt);
		AgendaEventSnapshot other = meetingIn(Duration.ofHours(26));
		RegistrationConfirmed second = confirmed(other, dropped);
		publish(second, confirmedAt);
		AgendaEventSnapshot later = Samples.meeting(event.id(), event.startsAt().plusHours(24));
		// the queues keep no order between each other: the change may well be handled
		// first
		publish(new AgendaEventChanged(later, event.startsAt(), event.endsAt(), "COOP'EMPLOI Seynod",
				List.of(recipient(first))), confirmedAt.plusSeconds(1));
		publish(new AgendaEventCancelled(other, "Salle indisponible", List.of(recipient(second))),
				confirmedAt.plusSeconds(1));
		awaitSent(moved, 2);
		awaitSent(dropped, 2);

		this.job.sendDue(dayBefore(other).plusSeconds(60));
		assertThat(sentTo(moved)).isEqualTo(2);
		assertThat(sentTo(dropped)).isEqualTo(2);
		this.job.sendDue(dayBefore(later).plusSeconds(60));

		ReceivedMail reminder = withSubject(exactly(3, moved), "Rappel : ");
		assertThat(reminder.subject()).endsWith("demain à " + HOUR.format(later.startsAt().toInstant()));
		assertThat(reminder.text()).contains(FrenchDates.span(later.startsAt(), later.endsAt()));
		exactly(2, dropped);
	}

	@Test
	void bothPeopleOfAnAppointmentAreRemindedUnlessItIsCancelled() {
		String marie = uniqueAddress("marie");
		String lucas = uniqueAddress("lucas");
		// at 10:00 in Paris two days on: the run below (21 hours before) is always the
		// day
		// before in Paris, whatever the time the test runs (« demain »)
		ZoneId paris = ZoneId.of("Europe/Paris");
		OffsetDateTime start = LocalDate.now(paris).plusDays(2).atTime(10, 0).atZone(paris).toOffsetDateTime();
		UUID kept = UUID.randomUUID();
		UUID cancelled = UUID.randomUUID();
		publish(new AppointmentBooked(kept, person("Lucas", "Favre", lucas), person("Marie", "Dupont", marie), start,
				start.plusHours(1), "COOP'EMPLOI Seynod", "Prévisionnel"));
		publish(new AppointmentBooked(cancelled, person("Lucas", "Favre", lucas), person("Marie", "Dupont", marie),
				start.plusHours(2), start.plusHours(3), "COOP'EMPLOI Seynod", "Trésorerie"));
		publish(new AppointmentCancelled(cancelled, person("Lucas", "Favre", lucas), person("Marie", "Dupont", marie),
				start.plusHours(2), start.plusHours(3), "COOP'EMPLOI Seynod",
				AppointmentCancelled.CancelledBy.ENTREPRENEUR));
		awaitSent(marie, 3);
		awaitSent(lucas, 3);

		this.job.sendDue(start.toInstant().plus(Duration.ofHours(2)).minus(Duration.ofHours(23)));

		ReceivedMail toMarie = withSubject(exactly(4, marie), "Rappel");
		ReceivedMail toLucas = withSubject(exactly(4, lucas), "Rappel");
		assertThat(toMarie.subject())
			.isEqualTo("Rappel : Rendez-vous avec Lucas Favre demain à " + HOUR.format(start.toInstant()));
		assertThat(toLucas.subject())
			.isEqualTo("Rappel : Rendez-vous avec Marie Dupont demain à " + HOUR.format(start.toInstant()));
	}

	@Test
	void twoRunsAtTheSameTimeSendEachReminderOnce() throws Exception {
		AgendaEventSnapshot event = meetingIn(Duration.ofHours(25));
		List<String> addresses = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			addresses.add(uniqueAddress("personne" + i));
			publish(confirmed(event, addresses.get(i)));
		}
		for (String address : addresses) {
			awaitSent(address, 1);
		}

		ExecutorService replicas = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		Callable<Integer> run = () -> {
			start.await();
			return this.job.sendDue(dayBefore(event).plusSeconds(60));
		};
		Future<Integer> first = replicas.submit(run);
		Future<Integer> second = replicas.submit(run);
		start.countDown();
		int sent = first.get() + second.get();
		replicas.shutdown();

		assertThat(sent).isGreaterThanOrEqualTo(addresses.size());
		addresses.forEach((address) -> mail.awaitInbox(address, 2, Duration.ofSeconds(30)));
		sleep(1000);
		for (String address : addresses) {
			List<ReceivedMail> inbox = mail.inbox(address);
			assertThat(inbox).hasSize(2);
			withSubject(inbox, "Rappel : ");
		}
	}

	private static Instant dayBefore(AgendaEventSnapshot event) {
		return event.startsAt().toInstant().minus(Duration.ofHours(24));
	}

}
