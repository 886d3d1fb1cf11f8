package coop.notification.accounting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import coop.notification.mail.MailKind;
import coop.notification.mail.Letter;
import coop.notification.mail.OutgoingMail;
import coop.platform.contracts.dashboard.AccountingImportFinished;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the import reports: « Import de … : N lignes mises de côté » with each unknown
 * analytical code, or « Import refusé : … » with the problems line by line. A clean
 * import sends nothing.
 */
@Component
class AccountingMails {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

	private final String mailbox;

	AccountingMails(@Value("${coop.accounting.mailbox}") String mailbox) {
		this.mailbox = mailbox;
	}

	List<OutgoingMail> finished(AccountingImportFinished finished) {
		if (finished.outcome() == AccountingImportFinished.Outcome.REFUSED) {
			return List.of(refused(finished));
		}
		List<AccountingImportFinished.UnmatchedCode> unmatched = (finished.unmatched() != null) ? finished.unmatched()
				: List.of();
		if (finished.outcome() != AccountingImportFinished.Outcome.IMPORTED || unmatched.isEmpty()) {
			return List.of();
		}
		int rows = unmatched.stream().mapToInt(AccountingImportFinished.UnmatchedCode::rows).sum();
		List<String> codes = new ArrayList<>();
		for (AccountingImportFinished.UnmatchedCode code : unmatched) {
			codes.add("• " + code.analyticalCode() + " : " + lines(code.rows()) + " (la première à la ligne "
					+ code.firstLine() + ")");
		}
		return List.of(Letter.toTeam()
			.paragraph("Le fichier « " + finished.fileName() + " » (" + kind(finished.kind()) + ") est importé : "
					+ lines(finished.rowsImported()) + period(finished.firstDate(), finished.lastDate()) + ".")
			.paragraph("Ces codes analytiques ne correspondent au dossier d'aucun entrepreneur. Leurs " + lines(rows)
					+ " sont gardées de côté : elles compteront dans les tableaux de bord dès que le code sera "
					+ "renseigné dans le dossier de la personne, sans autre import.")
			.paragraph(codes.toArray(String[]::new))
			.button("Voir l'import", finished.reportUrl())
			.mail(MailKind.ACCOUNTING_IMPORT_UNMATCHED, this.mailbox,
					"Import de « " + finished.fileName() + " » : " + lines(rows) + " mises de côté", List.of()));
	}

	private OutgoingMail refused(AccountingImportFinished finished) {
		List<AccountingImportFinished.Problem> problems = (finished.problems() != null) ? finished.problems()
				: List.of();
		List<String> lines = new ArrayList<>();
		for (AccountingImportFinished.Problem problem : problems) {
			lines.add("• " + ((problem.line() > 0) ? "Ligne " + problem.line() + " : " : "") + problem.message());
		}
		if (finished.problemCount() > problems.size()) {
			lines.add("… et " + (finished.problemCount() - problems.size()) + " autre(s) problème(s), listés sur la "
					+ "page de l'import.");
		}
		return Letter.toTeam()
			.paragraph("Le fichier « " + finished.fileName() + " »"
					+ ((finished.format() != null) ? " (" + finished.format() + ")" : "")
					+ " est refusé : rien n'a été importé, les tableaux de bord sont restés tels quels.")
			.paragraph(lines.toArray(String[]::new))
			.paragraph("Corrigez le fichier (ou demandez un nouvel export au cabinet comptable), puis envoyez-le "
					+ "de nouveau.")
			.button("Voir l'import", finished.reportUrl())
			.mail(MailKind.ACCOUNTING_IMPORT_REFUSED, this.mailbox, "Import refusé : « " + finished.fileName() + " »",
					List.of());
	}

	private static String kind(String kind) {
		if (kind == null) {
			return "fichier non reconnu";
		}
		return switch (kind) {
			case "LEDGER" -> "grand livre analytique";
			case "INVOICES" -> "factures d'enDI";
			case "QUOTES" -> "devis d'enDI";
			default -> kind.toLowerCase(Locale.ROOT);
		};
	}

	private static String lines(int count) {
		return count + ((count > 1) ? " lignes" : " ligne");
	}

	private static String period(LocalDate first, LocalDate last) {
		if (first == null || last == null) {
			return "";
		}
		return ", du " + DAY.format(first) + " au " + DAY.format(last);
	}

}
