package coop.notification;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.AttendanceRecorded;
import coop.platform.contracts.events.AttendanceRecorded.Attendance;
import coop.platform.contracts.events.Attendee;
import coop.platform.test.ReceivedMail;
import org.junit.jupiter.api.Test;

import static coop.notification.Samples.meeting;
import static coop.notification.Samples.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After an absence, the person hears of the next session and how to register again;
 * nothing is sent for a presence.
 */
class AttendanceMailIT extends WithRealServers {

	@Test
	void anAbsenceWithANextSessionSendsTheWayBackAndAPresenceNothing() {
		String address = uniqueAddress("marie");
		Attendee marie = person("Marie", "Dupont", address);
		AgendaEventSnapshot missed = meeting();
		AgendaEventSnapshot next = meeting(UUID.randomUUID(),
				OffsetDateTime.of(2027, 2, 9, 9, 30, 0, 0, ZoneOffset.ofHours(1)));
		publish(new AttendanceRecorded(UUID.randomUUID(), missed, marie, Attendance.PRESENT, next));
		publish(new AttendanceRecorded(UUID.randomUUID(), missed, marie, Attendance.ABSENT, null));
		publish(new AttendanceRecorded(UUID.randomUUID(), missed, marie, Attendance.ABSENT, next));

		ReceivedMail received = exactly(1, address).get(0);
		assertThat(received.subject()).isEqualTo(
				"Vous avez manqué « Réunion d'information collective à Seynod » : prochaine session le mardi 9 février 2027");
		assertThat(received.text()).contains("Bonjour Marie")
			.contains("le mardi 12 janvier 2027 et nous ne vous avons pas vu(e)")
			.contains("mardi 9 février 2027, de 9 h 30 à 11 h 30")
			.contains("Me réinscrire : http://localhost:8080/intranet/ateliers");
		assertThat(received.html()).contains("href=\"http://localhost:8080/intranet/ateliers\"");
	}

}
