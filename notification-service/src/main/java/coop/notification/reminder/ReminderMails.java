package coop.notification.reminder;

import java.time.Instant;
import java.util.List;

import coop.notification.mail.MailKind;
import coop.notification.mail.FrenchDates;
import coop.notification.mail.Letter;
import coop.notification.mail.OutgoingMail;
import coop.notification.mail.Places;

import org.springframework.stereotype.Component;

/**
 * Writes the reminder: « Rappel : Réunion d'information collective demain à 9 h 30 ».
 */
@Component
class ReminderMails {

	OutgoingMail reminder(Reminder reminder, Instant now) {
		String day = FrenchDates.relativeDay(reminder.startsAt(), now);
		String subject = "Rappel : " + reminder.title() + " " + day + " à " + FrenchDates.time(reminder.startsAt());
		return Letter.to(reminder.firstName())
			.paragraph("Petit rappel : « " + reminder.title() + " », c'est " + day + ".")
			.paragraph("Quand : " + FrenchDates.span(reminder.startsAt(), reminder.endsAt()),
					Places.where(reminder.place()))
			.link("Tous les détails", reminder.pageUrl())
			.paragraph((reminder.cancelUrl() != null)
					? "Un empêchement ? Prévenez-nous en annulant votre inscription : votre place ira à une autre personne."
					: null)
			.button("Annuler mon inscription", reminder.cancelUrl())
			.mail(MailKind.REMINDER, reminder.recipient(), subject, List.of());
	}

}
