package coop.notification.registration;

import java.time.Instant;
import java.util.List;

import coop.notification.mail.MailKind;
import coop.notification.mail.Calendars;
import coop.notification.mail.FrenchDates;
import coop.notification.mail.Letter;
import coop.notification.mail.Sender;
import coop.notification.mail.OutgoingMail;
import coop.notification.mail.Places;
import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.Attendee;
import coop.platform.contracts.events.RegistrationCancelled;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.contracts.events.RegistrationPromoted;
import coop.platform.contracts.events.RegistrationWaitlisted;
import coop.platform.contracts.events.SeatOffered;

import org.springframework.stereotype.Component;

/**
 * Writes the French e-mails about a registration: confirmation (also after a seat offered
 * was accepted), waiting list, seat offered, cancellation.
 */
@Component
class RegistrationMails {

	private final Sender sender;

	RegistrationMails(Sender sender) {
		this.sender = sender;
	}

	OutgoingMail confirmed(RegistrationConfirmed event, Instant occurredAt) {
		return confirmation(MailKind.REGISTRATION_CONFIRMED, event.event(), event.attendee(), event.cancelUrl(),
				occurredAt, "Votre inscription à « " + event.event().title() + " » est confirmée.");
	}

	OutgoingMail promoted(RegistrationPromoted event, Instant occurredAt) {
		return confirmation(MailKind.REGISTRATION_PROMOTED, event.event(), event.attendee(), event.cancelUrl(),
				occurredAt, "Bonne nouvelle : vous avez accepté la place qui s'est libérée. Votre inscription à « "
						+ event.event().title() + " » est confirmée.");
	}

	private OutgoingMail confirmation(MailKind kind, AgendaEventSnapshot meeting, Attendee attendee, String cancelUrl,
			Instant occurredAt, String opening) {
		String subject = "Inscription confirmée : " + meeting.title() + " — " + FrenchDates.day(meeting.startsAt());
		return Letter.to(attendee.firstName())
			.paragraph(opening)
			.paragraph(when(meeting), Places.where(Places.line(meeting)))
			.paragraph("Le fichier joint ajoute l'événement à votre agenda.")
			.link("Tous les détails", meeting.pageUrl())
			.paragraph("Un empêchement ? Annulez votre inscription en un clic pour libérer votre place.")
			.button("Annuler mon inscription", cancelUrl)
			.mail(kind, attendee.email(), subject,
					List.of(Calendars.event(this.sender.organizer(), meeting, "Inscription de " + fullName(attendee)
							+ "." + ((cancelUrl != null) ? " Pour annuler : " + cancelUrl : ""), occurredAt, false)));
	}

	OutgoingMail waitlisted(RegistrationWaitlisted event) {
		AgendaEventSnapshot meeting = event.event();
		String subject = "Liste d'attente : " + meeting.title() + " — " + FrenchDates.day(meeting.startsAt());
		return Letter.to(event.attendee().firstName())
			.paragraph("« " + meeting.title() + " » (" + span(meeting)
					+ ") est complet. Vous êtes inscrit(e) sur la liste d'attente, en position " + event.position()
					+ ".")
			.paragraph("Dès qu'une place se libère, nous vous l'offrons par e-mail : "
					+ "vous aurez alors 24 heures pour l'accepter.")
			.paragraph("Vous ne souhaitez plus attendre ?")
			.link("Me retirer de la liste d'attente", event.cancelUrl())
			.mail(MailKind.REGISTRATION_WAITLISTED, event.attendee().email(), subject, List.of());
	}

	OutgoingMail seatOffered(SeatOffered event) {
		AgendaEventSnapshot meeting = event.event();
		String subject = "Une place s'est libérée : " + meeting.title() + " — " + FrenchDates.day(meeting.startsAt());
		return Letter.to(event.attendee().firstName())
			.paragraph("Une place s'est libérée à « " + meeting.title()
					+ " » et elle vous revient : vous étiez le premier ou la première sur la liste d'attente.")
			.paragraph(when(meeting), Places.where(Places.line(meeting)))
			.paragraph("Vous avez jusqu'au " + FrenchDates.dayAndTime(event.expiresAt())
					+ " pour l'accepter ou la refuser. Passé ce délai, elle sera proposée à la personne suivante.")
			.button("Accepter ou refuser la place", event.offerUrl())
			.mail(MailKind.REGISTRATION_SEAT_OFFERED, event.attendee().email(), subject, List.of());
	}

	OutgoingMail cancelled(RegistrationCancelled event, Instant occurredAt) {
		AgendaEventSnapshot meeting = event.event();
		String day = " : " + meeting.title() + " — " + FrenchDates.day(meeting.startsAt());
		String what = "« " + meeting.title() + " » (" + span(meeting) + ")";
		Letter letter = Letter.to(event.attendee().firstName());
		Cancellation cancellation = (event.reason() != null) ? cancellation(event.reason(), what)
				: new Cancellation(MailKind.REGISTRATION_CANCELLED, "Votre inscription est annulée", true,
						"Votre inscription à " + what + " est annulée.");
		MailKind kind = cancellation.kind();
		String subject = cancellation.subject() + day;
		boolean hadSeat = cancellation.hadSeat();
		letter.paragraph(cancellation.paragraph());
		letter.paragraph(hadSeat ? "Le fichier joint retire l'événement de votre agenda." : null)
			.paragraph("D'autres dates vous attendent peut-être dans notre agenda.")
			.link("Voir l'agenda", this.sender.link("/agenda"));
		return letter.mail(kind, event.attendee().email(), subject,
				hadSeat ? List
					.of(Calendars.event(this.sender.organizer(), meeting, "Inscription annulée", occurredAt, true))
						: List.of());
	}

	private static String when(AgendaEventSnapshot meeting) {
		return "Quand : " + span(meeting);
	}

	private static String span(AgendaEventSnapshot meeting) {
		return FrenchDates.span(meeting.startsAt(), meeting.endsAt());
	}

	private static String fullName(Attendee attendee) {
		return attendee.firstName() + " " + attendee.lastName();
	}

	private Cancellation cancellation(RegistrationCancelled.Reason reason, String what) {
		return switch (reason) {
			case BY_ATTENDEE -> new Cancellation(MailKind.REGISTRATION_CANCELLED, "Votre inscription est annulée", true,
					"Votre inscription à " + what + " est annulée, comme vous l'avez demandé. "
							+ "Merci de nous avoir prévenus : votre place peut revenir à une autre personne.");
			case OFFER_EXPIRED -> new Cancellation(MailKind.REGISTRATION_OFFER_EXPIRED, "Le délai est passé", false,
					"Une place s'était libérée pour vous à " + what + ".",
					"Le délai est passé, la place a été proposée à la personne suivante.");
			case OFFER_DECLINED -> new Cancellation(MailKind.REGISTRATION_OFFER_DECLINED, "Place refusée", false,
					"Nous avons bien noté que vous refusez la place proposée à " + what
							+ " : elle est proposée à la personne suivante. Merci de nous avoir répondu.");
			case BY_STAFF -> new Cancellation(MailKind.REGISTRATION_CANCELLED_BY_STAFF, "Votre inscription est annulée",
					true, "Nous sommes désolés : nous avons dû annuler votre inscription à " + what + ".",
					"Pour toute question, écrivez-nous à " + this.sender.teamMailbox() + ".");
		};
	}

	/**
	 * The mail of a cancellation: its kind, the start of its subject, its first
	 * paragraph.
	 */
	private record Cancellation(MailKind kind, String subject, boolean hadSeat, String... paragraph) {
	}

}
