package coop.notification.attendance;

import java.util.UUID;

import coop.notification.Samples;
import coop.notification.mail.MailProperties;
import coop.platform.contracts.events.AttendanceRecorded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AttendanceMailsTests {

	final AttendanceMails mails = new AttendanceMails(
			new MailProperties("ne-pas-repondre@coopemploi.com", "contact@coopemploi.com", "http://localhost:8080"));

	@ParameterizedTest
	@CsvSource({ "ABSENT, true, 1", "ABSENT, false, 0", "PRESENT, true, 0", "EXCUSED, true, 0" })
	void onlyAnAbsenceWithANextSessionSendsAMail(AttendanceRecorded.Attendance attendance, boolean nextSession,
			int expected) {
		AttendanceRecorded recorded = new AttendanceRecorded(UUID.randomUUID(), Samples.meeting(),
				Samples.person("Marie", "Dupont", "marie@example.org"), attendance,
				nextSession ? Samples.meeting() : null);

		assertThat(this.mails.recorded(recorded)).hasSize(expected);
	}

}
