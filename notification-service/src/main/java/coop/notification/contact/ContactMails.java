package coop.notification.contact;

import java.time.ZoneOffset;
import java.util.List;

import coop.notification.mail.MailKind;
import coop.notification.mail.FrenchDates;
import coop.notification.mail.Letter;
import coop.notification.mail.Sender;
import coop.notification.mail.OutgoingMail;

import org.springframework.stereotype.Component;

/**
 * The two mails of a contact message: to the team, answered straight to the visitor; and
 * the acknowledgment to the visitor. The visitor's address is not verified: the
 * acknowledgment is a fixed text (no name, no copy of the message), so that the form
 * cannot be used to mail a stranger's words to anyone.
 */
@Component
class ContactMails {

	private final Sender sender;

	ContactMails(Sender sender) {
		this.sender = sender;
	}

	OutgoingMail toTeam(ContactMessage message) {
		String subject = "Formulaire de contact — " + message.topic().label() + " — " + message.name();
		return Letter.to("l'équipe")
			.paragraph(message.name() + " a écrit depuis le formulaire de contact du site le "
					+ FrenchDates.dayAndTime(message.receivedAt().atOffset(ZoneOffset.UTC)) + ".")
			.paragraph("Objet : " + message.topic().label(), "E-mail : " + message.email(),
					(message.phone() != null) ? "Téléphone : " + message.phone() : null)
			.paragraph(message.message())
			.paragraph("Répondez à ce message : la réponse part directement à " + message.email() + ".")
			.mail(MailKind.CONTACT_TO_TEAM, this.sender.teamMailbox(), subject, List.of())
			.replyingTo(message.email());
	}

	OutgoingMail acknowledgment(ContactMessage message) {
		String cooperative = this.sender.cooperative().name();
		return Letter.toUnverifiedAddress()
			.paragraph("Nous avons bien reçu votre message (" + message.topic().label() + "). L'équipe de "
					+ cooperative + " vous répond au plus vite, en général sous deux jours ouvrés.")
			.paragraph("Si vous n'avez pas écrit à " + cooperative + ", quelqu'un a saisi votre adresse par erreur : "
					+ "ignorez ce message, vous n'en recevrez pas d'autre.")
			.link("Découvrir nos prochaines réunions d'information", this.sender.link("/agenda"))
			.mail(MailKind.CONTACT_ACKNOWLEDGED, message.email(), "Votre message à " + cooperative + " est bien reçu",
					List.of());
	}

}
