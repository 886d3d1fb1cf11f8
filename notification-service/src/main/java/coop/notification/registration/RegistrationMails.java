package coop.notification.registration;

import java.nio.charset.StandardCharsets;
import java.util.List;

import coop.notification.mail.FrenchDates;
import coop.notification.mail.MailLayout;
import coop.notification.mail.OutgoingMail;
import coop.platform.calendar.CalendarEntry;
import coop.platform.calendar.IcsWriter;
import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.contracts.events.RegistrationWaitlisted;

import org.springframework.stereotype.Component;

/**
 * Writes the French e-mails about a registration.
 */
@Component
class RegistrationMails {

	OutgoingMail confirmed(RegistrationConfirmed event) {
		AgendaEventSnapshot meeting = event.event();
		String when = FrenchDates.span(meeting.startsAt(), meeting.endsAt());
		String subject = "Inscription confirmée : " + meeting.title() + " — " + FrenchDates.day(meeting.startsAt());
		String text = """
				Bonjour %s,

				Votre inscription à « %s » est confirmée.

				Quand : %s
				%s

				Le fichier joint ajoute l'événement à votre agenda.
				Un empêchement ? Annulez votre inscription en un clic pour libérer votre place : %s
				Tous les détails : %s

				À bientôt,
				L'équipe de COOP'EMPLOI
				""".formatted(event.attendee().firstName(), meeting.title(), when, where(meeting), event.cancelUrl(),
				meeting.pageUrl());
		String html = MailLayout.page(subject,
				"""
						<p>Bonjour %s,</p>
						<p>Votre inscription à <strong>%s</strong> est confirmée.</p>
						<p><strong>Quand :</strong> %s<br><strong>%s</strong></p>
						<p>Le fichier joint ajoute l'événement à votre agenda. %s</p>
						<p>Un empêchement ? %s</p>
						<p>À bientôt,<br>L'équipe de COOP'EMPLOI</p>
						""".formatted(MailLayout.text(event.attendee().firstName()), MailLayout.text(meeting.title()),
						MailLayout.text(when), MailLayout.text(where(meeting)),
						MailLayout.link(meeting.pageUrl(), "Voir la page"),
						MailLayout.button(event.cancelUrl(), "Annuler mon inscription")));
		return new OutgoingMail("registration-confirmed", event.attendee().email(), subject, text, html,
				List.of(invite(event)));
	}

	OutgoingMail waitlisted(RegistrationWaitlisted event) {
		AgendaEventSnapshot meeting = event.event();
		String when = FrenchDates.span(meeting.startsAt(), meeting.endsAt());
		String subject = "Liste d'attente : " + meeting.title() + " — " + FrenchDates.day(meeting.startsAt());
		String text = """
				Bonjour %s,

				« %s » (%s) est complet. Vous êtes inscrit(e) sur la liste d'attente, en position %d.

				Dès qu'une place se libère, nous vous l'offrons par e-mail : vous aurez alors 24 heures pour l'accepter.
				Vous ne souhaitez plus attendre ? Retirez-vous de la liste : %s

				L'équipe de COOP'EMPLOI
				""".formatted(event.attendee().firstName(), meeting.title(), when, event.position(), event.cancelUrl());
		String html = MailLayout.page(subject,
				"""
						<p>Bonjour %s,</p>
						<p><strong>%s</strong> (%s) est complet. Vous êtes inscrit(e) sur la liste d'attente, en position <strong>%d</strong>.</p>
						<p>Dès qu'une place se libère, nous vous l'offrons par e-mail : vous aurez alors 24 heures pour l'accepter.</p>
						<p>Vous ne souhaitez plus attendre ? %s</p>
						<p>L'équipe de COOP'EMPLOI</p>
						"""
					.formatted(MailLayout.text(event.attendee().firstName()), MailLayout.text(meeting.title()),
							MailLayout.text(when), event.position(),
							MailLayout.link(event.cancelUrl(), "Me retirer de la liste d'attente")));
		return new OutgoingMail("registration-waitlisted", event.attendee().email(), subject, text, html, List.of());
	}

	private static String where(AgendaEventSnapshot meeting) {
		if (meeting.onlineUrl() != null) {
			return "En ligne : " + meeting.onlineUrl();
		}
		return "Où : " + meeting.placeLabel() + ((meeting.placeAddress() != null) ? ", " + meeting.placeAddress() : "");
	}

	private static OutgoingMail.Attachment invite(RegistrationConfirmed event) {
		AgendaEventSnapshot meeting = event.event();
		String location = (meeting.onlineUrl() != null) ? meeting.onlineUrl()
				: meeting.placeLabel() + ((meeting.placeAddress() != null) ? ", " + meeting.placeAddress() : "");
		String ics = IcsWriter.write(null,
				List.of(new CalendarEntry(meeting.id() + "@coopemploi.com", meeting.title(),
						"Inscription de " + event.attendee().firstName() + " " + event.attendee().lastName()
								+ ". Pour annuler : " + event.cancelUrl(),
						meeting.startsAt().toInstant(), meeting.endsAt().toInstant(), location, meeting.pageUrl(),
						false, 0)));
		return new OutgoingMail.Attachment("reunion.ics", IcsWriter.MEDIA_TYPE + "; charset=UTF-8; method=PUBLISH",
				ics.getBytes(StandardCharsets.UTF_8));
	}

}
