package coop.notification.referral;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import coop.notification.mail.FrenchDates;
import coop.notification.mail.Letter;
import coop.notification.mail.MailKind;
import coop.notification.mail.OutgoingMail;
import coop.notification.mail.Sender;
import coop.platform.contracts.events.ReferralProgressed;

import org.springframework.stereotype.Component;

/**
 * Writes « Personne orientée : … » to the prescriber, in the cooperative's name as its
 * settings say, with a link to the referral's path. Nothing without the prescriber's
 * address.
 */
@Component
class ReferralMails {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

	private final Sender sender;

	ReferralMails(Sender sender) {
		this.sender = sender;
	}

	List<OutgoingMail> progressed(ReferralProgressed progressed) {
		if (progressed.prescriber() == null || progressed.prescriber().email() == null
				|| progressed.prescriber().email().isBlank() || progressed.outcome() == null) {
			return List.of();
		}
		String cooperative = this.sender.cooperative().name();
		String person = (nonNull(progressed.firstName()) + " " + nonNull(progressed.lastName())).strip();
		String meeting = (progressed.meeting() != null)
				? "la réunion d'information du " + FrenchDates.day(progressed.meeting().startsAt())
				: "la réunion d'information";
		String day = (progressed.on() != null) ? DAY.format(progressed.on()) : null;
		String what = switch (progressed.outcome()) {
			case ATTENDED -> person + " a participé à " + meeting + ".";
			case MISSED -> person + " n'est pas venu·e à " + meeting + ".";
			case CANCELLED ->
				person + " a annulé son inscription à " + meeting + ((day != null) ? " (le " + day + ")." : ".");
			case CAPE_SIGNED -> person + " a signé son CAPE (contrat d'appui au projet d'entreprise) avec "
					+ cooperative + ((day != null) ? ", à compter du " + day + "." : ".");
			case CESA_SIGNED -> person + " a signé son CESA (contrat d'entrepreneur salarié associé) avec "
					+ cooperative + ((day != null) ? ", à compter du " + day + "." : ".");
		};
		// no name in the subject: the sent log keeps subjects, and the person is not the
		// log's owner
		String subject = switch (progressed.outcome()) {
			case ATTENDED -> "participation à la réunion d'information";
			case MISSED -> "absence à la réunion d'information";
			case CANCELLED -> "inscription annulée";
			case CAPE_SIGNED -> "CAPE signé";
			case CESA_SIGNED -> "CESA signé";
		};
		return List.of(Letter.to(progressed.prescriber().firstName())
			.paragraph("Vous avez orienté " + person + " vers " + cooperative + ".", what)
			.paragraph((progressed.outcome() == ReferralProgressed.Outcome.MISSED || progressed
				.outcome() == ReferralProgressed.Outcome.CANCELLED)
						? "La personne peut s'inscrire à une prochaine réunion, ou vous pouvez l'y inscrire depuis votre espace."
						: null)
			.button("Voir son parcours", progressed.pathUrl())
			.mail(MailKind.REFERRAL_PROGRESSED, progressed.prescriber().email(), "Personne orientée : " + subject,
					List.of()));
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

}
