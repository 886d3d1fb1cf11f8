package coop.notification.file;

import java.util.List;

import coop.notification.mail.Letter;
import coop.notification.mail.MailKind;
import coop.notification.mail.OutgoingMail;
import coop.platform.contracts.members.FileDocumentShared;
import coop.platform.contracts.members.Member;

import org.springframework.stereotype.Component;

/**
 * Writes « Nouveau document dans … dossier » to the other party of a document shared in a
 * personal file: the coach when the entrepreneur shared it, the entrepreneur otherwise.
 * The document itself never travels by e-mail: the button opens the file, behind the
 * login. A person without an address gets nothing.
 */
@Component
class FileMails {

	List<OutgoingMail> documentShared(FileDocumentShared shared) {
		if (shared.recipients() == null) {
			return List.of();
		}
		Member entrepreneur = shared.entrepreneur();
		return shared.recipients()
			.stream()
			.filter((r) -> r.member() != null && r.member().email() != null && !r.member().email().isBlank())
			.map((r) -> {
				boolean own = entrepreneur != null && r.member().subject() != null
						&& r.member().subject().equals(entrepreneur.subject());
				String whose = own ? "votre dossier" : "le dossier de " + name(entrepreneur);
				return Letter.to(r.member().firstName())
					.paragraph(shared.sharedByName() + " a déposé le document « " + shared.documentName() + " » dans "
							+ whose + ".")
					.paragraph("Pour le lire, ouvrez le dossier depuis votre espace membres : seuls l'entrepreneur, "
							+ "son accompagnateur et l'équipe permanente y ont accès.")
					.button(own ? "Ouvrir mon dossier" : "Ouvrir le dossier", r.fileUrl())
					.mail(MailKind.FILE_DOCUMENT_SHARED, r.member().email(),
							own ? "Nouveau document dans votre dossier : " + shared.documentName()
									: "Nouveau document de " + name(entrepreneur) + " : " + shared.documentName(),
							List.of());
			})
			.toList();
	}

	private static String name(Member member) {
		if (member == null) {
			return "l'entrepreneur";
		}
		String name = ((member.firstName() != null ? member.firstName() : "") + " "
				+ (member.lastName() != null ? member.lastName() : ""))
			.strip();
		return name.isEmpty() ? "l'entrepreneur" : name;
	}

}
