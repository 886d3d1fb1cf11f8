package coop.notification.attendance;

import java.util.List;

import coop.notification.mail.MailKind;
import coop.notification.mail.FrenchDates;
import coop.notification.mail.Letter;
import coop.notification.mail.MailProperties;
import coop.notification.mail.OutgoingMail;
import coop.notification.mail.Places;
import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.AttendanceRecorded;

import org.springframework.stereotype.Component;

/**
 * Writes « Vous avez manqué … : prochaine session le … » with a link to register again
 * from the intranet.
 */
@Component
class AttendanceMails {

	private final MailProperties properties;

	AttendanceMails(MailProperties properties) {
		this.properties = properties;
	}

	/** An e-mail only after an absence, when there is a next session. */
	List<OutgoingMail> recorded(AttendanceRecorded attendance) {
		AgendaEventSnapshot next = attendance.nextSession();
		if (attendance.attendance() != AttendanceRecorded.Attendance.ABSENT || next == null
				|| attendance.attendee() == null) {
			return List.of();
		}
		AgendaEventSnapshot missed = attendance.event();
		String subject = "Vous avez manqué « " + missed.title() + " » : prochaine session le "
				+ FrenchDates.day(next.startsAt());
		return List
			.of(Letter.to(attendance.attendee().firstName())
				.paragraph("Vous étiez inscrit(e) à « " + missed.title() + " » le " + FrenchDates.day(missed.startsAt())
						+ " et nous ne vous avons pas vu(e). Ce n'est que partie remise !")
				.paragraph(
						"La prochaine session « " + next.title() + " » a lieu le "
								+ FrenchDates.span(next.startsAt(), next.endsAt()) + ".",
						Places.where(Places.line(next)))
				.paragraph("Inscrivez-vous depuis votre espace, tant qu'il reste des places.")
				.button("Me réinscrire", this.properties.link("/intranet/ateliers"))
				.mail(MailKind.ATTENDANCE_MISSED, attendance.attendee().email(), subject, List.of()));
	}

}
