package coop.notification.agenda;

import java.time.Instant;
import java.util.List;

import coop.notification.mail.MailKind;
import coop.notification.mail.Calendars;
import coop.notification.mail.FrenchDates;
import coop.notification.mail.Letter;
import coop.notification.mail.Sender;
import coop.notification.mail.OutgoingMail;
import coop.notification.mail.Places;
import coop.platform.contracts.events.AgendaEventCancelled;
import coop.platform.contracts.events.AgendaEventChanged;
import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.Recipient;

import org.springframework.stereotype.Component;

/**
 * Writes the French e-mails about an event that moved or was cancelled, one per person
 * registered, with the calendar file that updates or removes the entry of the
 * confirmation (same UID, higher sequence).
 */
@Component
class AgendaMails {

	private final Sender sender;

	AgendaMails(Sender sender) {
		this.sender = sender;
	}

	OutgoingMail changed(AgendaEventChanged change, Recipient recipient, Instant occurredAt) {
		AgendaEventSnapshot meeting = change.event();
		String subject = "Changement d'horaire ou de lieu : " + meeting.title() + " — "
				+ FrenchDates.day(meeting.startsAt());
		String before = FrenchDates.span(change.previousStartsAt(), change.previousEndsAt())
				+ ((change.previousPlace() != null) ? " — " + change.previousPlace() : "");
		String now = FrenchDates.span(meeting.startsAt(), meeting.endsAt()) + " — " + Places.line(meeting);
		return Letter.to(recipient.attendee().firstName())
			.paragraph("« " + meeting.title() + " », auquel vous êtes inscrit(e), change d'horaire ou de lieu.")
			.paragraph("Avant : " + before, "Désormais : " + now)
			.paragraph("Votre inscription est maintenue. Le fichier joint met à jour l'événement dans votre agenda.")
			.link("Tous les détails", meeting.pageUrl())
			.paragraph((recipient.cancelUrl() != null)
					? "Ce nouveau rendez-vous ne vous convient pas ? Annulez votre inscription pour libérer votre place."
					: null)
			.button("Annuler mon inscription", recipient.cancelUrl())
			.mail(MailKind.EVENT_CHANGED, recipient.attendee().email(), subject, List
				.of(Calendars.event(this.sender.organizer(), meeting, "Horaire ou lieu modifié.", occurredAt, false)));
	}

	OutgoingMail cancelled(AgendaEventCancelled cancellation, Recipient recipient, Instant occurredAt) {
		AgendaEventSnapshot meeting = cancellation.event();
		String subject = "Annulation : " + meeting.title() + " — " + FrenchDates.day(meeting.startsAt());
		boolean hasReason = cancellation.reason() != null && !cancellation.reason().isBlank();
		return Letter.to(recipient.attendee().firstName())
			.paragraph(
					"Nous sommes désolés : l'événement « " + meeting.title() + " » ("
							+ FrenchDates.span(meeting.startsAt(), meeting.endsAt()) + ") est annulé.",
					hasReason ? "Motif : " + cancellation.reason() : null)
			.paragraph("Votre inscription est donc annulée, vous n'avez rien à faire. "
					+ "Le fichier joint retire l'événement de votre agenda.")
			.paragraph("D'autres dates vous attendent peut-être dans notre agenda.")
			.link("Voir l'agenda", this.sender.link("/agenda"))
			.mail(MailKind.EVENT_CANCELLED, recipient.attendee().email(), subject,
					List.of(Calendars.event(this.sender.organizer(), meeting,
							"Événement annulé" + (hasReason ? " : " + cancellation.reason() : "."), occurredAt, true)));
	}

}
