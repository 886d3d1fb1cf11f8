package coop.notification.resource;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import coop.notification.mail.MailKind;
import coop.notification.mail.Letter;
import coop.notification.mail.OutgoingMail;
import coop.platform.contracts.members.Member;
import coop.platform.contracts.resources.ResourceRejected;
import coop.platform.contracts.resources.ResourceReviewDue;
import coop.platform.contracts.resources.ResourceSubmitted;
import coop.platform.contracts.resources.ResourceValidated;
import coop.platform.contracts.resources.ResourceWithdrawn;
import coop.platform.contracts.resources.ToolShared;

import org.springframework.stereotype.Component;

/**
 * Writes the resource centre's e-mails: « Ressource à valider » to each reviewer, the
 * decision to the author (published, refused with the reason, withdrawn with the reason),
 * « À relire » to the reviewer who chose a date, and to a coach the document one of their
 * entrepreneurs shared with them. A person without an address gets nothing.
 */
@Component
class ResourceMails {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

	List<OutgoingMail> submitted(ResourceSubmitted submitted) {
		if (submitted.reviewers() == null) {
			return List.of();
		}
		String author = name(submitted.author());
		return submitted.reviewers()
			.stream()
			.filter(ResourceMails::reachable)
			.map((reviewer) -> Letter.to(reviewer.firstName())
				.paragraph(author + (submitted.update() ? " propose une nouvelle version de la ressource « "
						: " propose une ressource au centre : « ") + submitted.title() + " ».")
				.paragraph(submitted.update() ? "La version publiée reste en ligne en attendant votre décision." : null,
						"Lisez-la, puis validez-la ou refusez-la en indiquant la raison : elle sera transmise à "
								+ "l'auteur.")
				.button("Voir et décider", submitted.reviewUrl())
				.mail(MailKind.RESOURCE_SUBMITTED, reviewer.email(), "Ressource à valider : " + submitted.title(),
						List.of()))
			.toList();
	}

	List<OutgoingMail> validated(ResourceValidated validated) {
		if (!reachable(validated.author())) {
			return List.of();
		}
		return List.of(Letter.to(validated.author().firstName())
			.paragraph(validated.firstPublication()
					? "Bonne nouvelle : votre ressource « " + validated.title() + " » est publiée dans le centre de "
							+ "ressources."
					: "Bonne nouvelle : la nouvelle version de « " + validated.title() + " » est publiée.")
			.paragraph("Elle a été validée par " + validated.reviewerName() + ". Merci pour votre contribution !")
			.button("Voir la ressource", validated.pageUrl())
			.mail(MailKind.RESOURCE_VALIDATED, validated.author().email(),
					"Votre ressource est publiée : " + validated.title(), List.of()));
	}

	List<OutgoingMail> rejected(ResourceRejected rejected) {
		if (!reachable(rejected.author())) {
			return List.of();
		}
		return List.of(Letter.to(rejected.author().firstName())
			.paragraph(rejected.reviewerName() + " n'a pas validé votre ressource « " + rejected.title()
					+ " », pour la raison suivante :")
			.paragraph("« " + rejected.reason() + " »")
			.paragraph("Modifiez-la puis proposez-la de nouveau : elle repassera en validation.")
			.button("Modifier ma ressource", rejected.editUrl())
			.mail(MailKind.RESOURCE_REJECTED, rejected.author().email(),
					"Votre ressource n'est pas validée : " + rejected.title(), List.of()));
	}

	List<OutgoingMail> withdrawn(ResourceWithdrawn withdrawn) {
		if (!reachable(withdrawn.author())) {
			return List.of();
		}
		return List.of(Letter.to(withdrawn.author().firstName())
			.paragraph(withdrawn.reviewerName() + " a retiré du centre de ressources votre ressource « "
					+ withdrawn.title() + " », pour la raison suivante :")
			.paragraph("« " + withdrawn.reason() + " »")
			.paragraph("Vous la retrouvez dans votre espace : une version modifiée pourra être proposée de nouveau.")
			.button("Voir ma ressource", withdrawn.pageUrl())
			.mail(MailKind.RESOURCE_WITHDRAWN, withdrawn.author().email(),
					"Votre ressource est retirée : " + withdrawn.title(), List.of()));
	}

	List<OutgoingMail> reviewDue(ResourceReviewDue due) {
		if (!reachable(due.reviewer())) {
			return List.of();
		}
		return List.of(Letter.to(due.reviewer().firstName())
			.paragraph("Vous aviez prévu de relire la ressource « " + due.title() + " » d'ici le "
					+ DAY.format(due.reviewBy()) + ".")
			.paragraph("Vérifiez qu'elle est toujours juste (liens, chiffres, règles) : modifiez-la, fixez une "
					+ "nouvelle date ou retirez-la si elle n'a plus lieu d'être.")
			.button("Relire la ressource", due.pageUrl())
			.mail(MailKind.RESOURCE_REVIEW_DUE, due.reviewer().email(), "À relire : " + due.title(), List.of()));
	}

	List<OutgoingMail> toolShared(ToolShared shared) {
		if (!reachable(shared.sharedWith())) {
			return List.of();
		}
		String owner = name(shared.owner());
		return List.of(Letter.to(shared.sharedWith().firstName())
			.paragraph(owner + " partage avec vous son document « " + shared.title()
					+ " », qu'il ou elle remplit dans ses outils.")
			.paragraph("Vous pouvez le lire, le télécharger en PDF et commenter chacune de ses parties : vos "
					+ "commentaires s'affichent dans le document.")
			.button("Lire le document", shared.toolUrl())
			.mail(MailKind.TOOL_SHARED, shared.sharedWith().email(), owner + " partage avec vous : " + shared.title(),
					List.of()));
	}

	private static boolean reachable(Member member) {
		return member != null && member.email() != null && !member.email().isBlank();
	}

	private static String name(Member member) {
		if (member == null) {
			return "Un membre de la coopérative";
		}
		String name = ((member.firstName() != null ? member.firstName() : "") + " "
				+ (member.lastName() != null ? member.lastName() : ""))
			.strip();
		return name.isEmpty() ? "Un membre de la coopérative" : name;
	}

}
