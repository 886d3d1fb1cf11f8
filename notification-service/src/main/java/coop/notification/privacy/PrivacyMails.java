package coop.notification.privacy;

import java.time.ZoneOffset;
import java.util.List;

import coop.notification.mail.FrenchDates;
import coop.notification.mail.Letter;
import coop.notification.mail.MailKind;
import coop.notification.mail.OutgoingMail;
import coop.platform.contracts.members.ErasureScheduled;
import coop.platform.contracts.members.PrivacyArchiveReady;

import org.springframework.stereotype.Component;

/**
 * The e-mails of a GDPR request: the archive's link once every service answered, and the
 * date an asked erasure will happen (nothing is erased before; the team may still undo
 * it).
 */
@Component
class PrivacyMails {

	List<OutgoingMail> archiveReady(PrivacyArchiveReady ready) {
		if (ready.person() == null || ready.person().email() == null) {
			return List.of();
		}
		return List.of(Letter.to(ready.person().firstName())
			.paragraph("Vous avez demandé les données personnelles que la coopérative conserve à votre sujet. "
					+ "Chaque partie de la plateforme a répondu : votre archive est prête.")
			.paragraph("Elle contient un fichier par partie (au format JSON, lisible par un tableur ou un autre "
					+ "service) et un résumé à lire dans votre navigateur (resume.html).")
			.button("Télécharger mes données", ready.downloadUrl())
			.paragraph("Ce lien est personnel et fonctionne jusqu'au "
					+ FrenchDates.dayAndTime(ready.expiresAt().atOffset(ZoneOffset.UTC))
					+ ". Ne le transférez pas : toute personne qui l'a peut télécharger l'archive.")
			.mail(MailKind.PRIVACY_ARCHIVE_READY, ready.person().email(), "Vos données personnelles sont prêtes",
					List.of()));
	}

	List<OutgoingMail> erasureScheduled(ErasureScheduled scheduled) {
		if (scheduled.person() == null || scheduled.person().email() == null) {
			return List.of();
		}
		String day = FrenchDates.dayAndTime(scheduled.erasesAt().atOffset(ZoneOffset.UTC));
		return List.of(Letter.to(scheduled.person().firstName())
			.paragraph("L'effacement de vos données personnelles est demandé. Il aura lieu le " + day
					+ " : toutes les parties de la plateforme effaceront alors ce qu'elles conservent à votre sujet, "
					+ "ou le rendront anonyme quand la loi impose de garder une trace (heures de formation).")
			.paragraph("Si vous aviez un compte, il est désactivé dès maintenant et sera supprimé à cette date.")
			.paragraph("Vous n'êtes pas à l'origine de cette demande, ou vous changez d'avis ? Répondez à l'équipe "
					+ "de la coopérative avant cette date : elle peut l'annuler.")
			.mail(MailKind.PRIVACY_ERASURE_SCHEDULED, scheduled.person().email(), "Effacement de vos données prévu le "
					+ FrenchDates.day(scheduled.erasesAt().atOffset(ZoneOffset.UTC)), List.of()));
	}

}
