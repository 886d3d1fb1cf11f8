package coop.notification.showcase;

import java.util.List;

import coop.notification.mail.MailKind;
import coop.notification.mail.Letter;
import coop.notification.mail.OutgoingMail;
import coop.platform.contracts.members.Member;
import coop.platform.contracts.members.ShowcaseContacted;
import coop.platform.contracts.members.ShowcaseRejected;
import coop.platform.contracts.members.ShowcaseSubmitted;
import coop.platform.contracts.members.ShowcaseValidated;

import org.springframework.stereotype.Component;

/**
 * Writes the showcases' e-mails: « Vitrine à valider » to each reviewer, the decision to
 * the entrepreneur (online, or refused with the reason), and a visitor's message to the
 * entrepreneur with Reply-To the visitor, whose address is not verified: nothing is ever
 * sent to it. A person without an address gets nothing.
 */
@Component
class ShowcaseMails {

	List<OutgoingMail> submitted(ShowcaseSubmitted submitted) {
		if (submitted.reviewers() == null) {
			return List.of();
		}
		String owner = name(submitted.owner());
		return submitted.reviewers()
			.stream()
			.filter(ShowcaseMails::reachable)
			.map((reviewer) -> Letter.to(reviewer.firstName())
				.paragraph(owner
						+ (submitted.online() ? " propose des changements à sa vitrine « " : " propose sa vitrine « ")
						+ submitted.businessName() + " » pour le site de la coopérative.")
				.paragraph(submitted.online() ? "La version publiée reste en ligne en attendant votre décision." : null,
						"Relisez-la, puis validez-la pour la mettre en ligne, ou refusez-la en indiquant ce qu'il faut "
								+ "reprendre : la raison sera transmise à l'entrepreneur.")
				.button("Relire la vitrine", submitted.reviewUrl())
				.mail(MailKind.SHOWCASE_SUBMITTED, reviewer.email(), "Vitrine à valider : " + submitted.businessName(),
						List.of()))
			.toList();
	}

	List<OutgoingMail> validated(ShowcaseValidated validated) {
		if (!reachable(validated.owner())) {
			return List.of();
		}
		return List.of(Letter.to(validated.owner().firstName())
			.paragraph(validated.firstPublication()
					? "Bonne nouvelle : votre vitrine « " + validated.businessName()
							+ " » est en ligne sur le site de la coopérative."
					: "Bonne nouvelle : les changements de votre vitrine « " + validated.businessName()
							+ " » sont en ligne.")
			.paragraph("Elle a été validée par " + validated.reviewerName()
					+ ". Partagez son adresse : vos clients vous y trouvent et peuvent vous écrire.")
			.button("Voir ma vitrine", validated.pageUrl())
			.mail(MailKind.SHOWCASE_VALIDATED, validated.owner().email(),
					"Votre vitrine est en ligne : " + validated.businessName(), List.of()));
	}

	List<OutgoingMail> rejected(ShowcaseRejected rejected) {
		if (!reachable(rejected.owner())) {
			return List.of();
		}
		return List.of(Letter.to(rejected.owner().firstName())
			.paragraph(rejected.reviewerName() + " n'a pas encore validé votre vitrine « " + rejected.businessName()
					+ " », pour la raison suivante :")
			.paragraph("« " + rejected.reason() + " »")
			.paragraph("Modifiez-la puis proposez-la de nouveau. Si une version est déjà en ligne, elle y reste.")
			.button("Modifier ma vitrine", rejected.editUrl())
			.mail(MailKind.SHOWCASE_REJECTED, rejected.owner().email(),
					"Votre vitrine est à reprendre : " + rejected.businessName(), List.of()));
	}

	List<OutgoingMail> contacted(ShowcaseContacted contacted) {
		if (!reachable(contacted.entrepreneur())) {
			return List.of();
		}
		String visitor = (contacted.visitorName() != null && !contacted.visitorName().isBlank())
				? contacted.visitorName().strip() : "Un visiteur";
		OutgoingMail mail = Letter.to(contacted.entrepreneur().firstName())
			.paragraph(visitor + " vous écrit depuis votre vitrine « " + contacted.businessName() + " » :")
			.paragraph(contacted.message())
			.paragraph("Pour répondre, répondez simplement à ce message : votre réponse ira à " + visitor + " ("
					+ contacted.visitorEmail() + "). Cette adresse n'a pas été vérifiée : méfiez-vous des demandes "
					+ "de paiement ou de coordonnées bancaires.")
			.link("Votre vitrine", contacted.pageUrl())
			.mail(MailKind.SHOWCASE_CONTACTED, contacted.entrepreneur().email(),
					"Message de " + visitor + " via votre vitrine", List.of());
		return List.of(mail.replyingTo(contacted.visitorEmail()));
	}

	private static boolean reachable(Member member) {
		return member != null && member.email() != null && !member.email().isBlank();
	}

	private static String name(Member member) {
		if (member == null) {
			return "Un entrepreneur";
		}
		String name = ((member.firstName() != null ? member.firstName() : "") + " "
				+ (member.lastName() != null ? member.lastName() : ""))
			.strip();
		return name.isEmpty() ? "Un entrepreneur" : name;
	}

}
