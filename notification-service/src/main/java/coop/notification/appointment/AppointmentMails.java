package coop.notification.appointment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import coop.notification.mail.MailKind;
import coop.notification.mail.Calendars;
import coop.notification.mail.FrenchDates;
import coop.notification.mail.Letter;
import coop.notification.mail.Sender;
import coop.notification.mail.OutgoingMail;
import coop.notification.mail.Places;
import coop.notification.reminder.Reminder;
import coop.platform.calendar.CalendarEntry;
import coop.platform.contracts.events.AppointmentBooked;
import coop.platform.contracts.events.AppointmentCancelled;
import coop.platform.contracts.events.AppointmentCancelled.CancelledBy;
import coop.platform.contracts.events.Attendee;

import org.springframework.stereotype.Component;

/**
 * Writes the French e-mails about an appointment, one for each of the two people, with
 * {@code rendez-vous.ics} (UID the appointment's id).
 */
@Component
class AppointmentMails {

	private final Sender sender;

	AppointmentMails(Sender sender) {
		this.sender = sender;
	}

	OutgoingMail booked(AppointmentBooked booking, Side side, Instant occurredAt) {
		boolean hasTopic = booking.topic() != null && !booking.topic().isBlank();
		return Letter.to(side.person().firstName())
			.paragraph("Votre rendez-vous avec " + fullName(side.other()) + " est confirmé.")
			.paragraph("Quand : " + FrenchDates.span(booking.startsAt(), booking.endsAt()),
					Places.where(booking.place()), hasTopic ? "Sujet : " + booking.topic() : null)
			.paragraph("Le fichier joint ajoute le rendez-vous à votre agenda.")
			.link("Mes rendez-vous", page())
			.mail(MailKind.APPOINTMENT_BOOKED, side.person().email(),
					"Rendez-vous confirmé avec " + fullName(side.other()) + " — " + FrenchDates.day(booking.startsAt()),
					List.of(invite(booking.appointmentId(), withWhom(side),
							hasTopic ? "Sujet : " + booking.topic() : null, booking.startsAt(), booking.endsAt(),
							booking.place(), occurredAt, false)));
	}

	OutgoingMail cancelled(AppointmentCancelled cancellation, Side side, Instant occurredAt) {
		String when = FrenchDates.span(cancellation.startsAt(), cancellation.endsAt());
		String opening;
		if (side.cancelledIt()) {
			opening = "Votre annulation est enregistrée : votre rendez-vous avec " + fullName(side.other()) + " du "
					+ when + " n'aura pas lieu.";
		}
		else if (side.otherCancelledIt()) {
			opening = fullName(side.other()) + " a annulé votre rendez-vous du " + when
					+ ". Nous sommes désolés pour ce contretemps.";
		}
		else {
			opening = "Votre rendez-vous avec " + fullName(side.other()) + " du " + when + " est annulé.";
		}
		return Letter.to(side.person().firstName())
			.paragraph(opening)
			.paragraph("Le fichier joint retire le rendez-vous de votre agenda.")
			.paragraph(side.isEntrepreneur() ? "Vous pouvez réserver un autre créneau depuis votre espace." : null)
			.link("Mes rendez-vous", page())
			.mail(MailKind.APPOINTMENT_CANCELLED, side.person().email(),
					"Rendez-vous annulé avec " + fullName(side.other()) + " — "
							+ FrenchDates.day(cancellation.startsAt()),
					List.of(invite(cancellation.appointmentId(), withWhom(side), "Rendez-vous annulé.",
							cancellation.startsAt(), cancellation.endsAt(), cancellation.place(), occurredAt, true)));
	}

	/** The intranet page where each one finds their appointments. */
	private String page() {
		return this.sender.link("/intranet/rendez-vous");
	}

	/** The reminder of the day before, for that person. */
	Reminder reminder(UUID appointmentId, Side side, OffsetDateTime start, OffsetDateTime end, String place) {
		return new Reminder(appointmentId, side.person().email(), side.person().firstName(), withWhom(side), start, end,
				place, page(), null);
	}

	/** « Rendez-vous avec Lucas Favre », the title of the entry for that person. */
	private static String withWhom(Side side) {
		return "Rendez-vous avec " + fullName(side.other());
	}

	private OutgoingMail.Attachment invite(UUID appointmentId, String summary, String description, OffsetDateTime start,
			OffsetDateTime end, String place, Instant occurredAt, boolean cancelled) {
		return Calendars.file(this.sender.organizer(), "rendez-vous.ics",
				new CalendarEntry(Calendars.uid(appointmentId), summary, description, start.toInstant(),
						end.toInstant(), place, page(), cancelled, Calendars.sequence(occurredAt)));
	}

	private static String fullName(Attendee person) {
		return person.firstName() + " " + person.lastName();
	}

	/**
	 * One of the two people of an appointment.
	 *
	 * @param role which of the two this side is
	 * @param cancelledBy who cancelled, or {@code null} for a booking
	 */
	record Side(Attendee person, Attendee other, CancelledBy role, CancelledBy cancelledBy) {

		static List<Side> of(Attendee entrepreneur, Attendee coach, CancelledBy cancelledBy) {
			return List
				.of(new Side(entrepreneur, coach, CancelledBy.ENTREPRENEUR, cancelledBy),
						new Side(coach, entrepreneur, CancelledBy.COACH, cancelledBy))
				.stream()
				.filter((side) -> side.person() != null && side.person().email() != null && side.other() != null)
				.toList();
		}

		boolean isEntrepreneur() {
			return this.role == CancelledBy.ENTREPRENEUR;
		}

		boolean cancelledIt() {
			return this.role == this.cancelledBy;
		}

		boolean otherCancelledIt() {
			return this.cancelledBy != null && !cancelledIt();
		}

	}

}
