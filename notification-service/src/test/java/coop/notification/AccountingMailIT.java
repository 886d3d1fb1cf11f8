package coop.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import coop.platform.contracts.dashboard.AccountingImportFinished;
import coop.platform.contracts.dashboard.AccountingImportFinished.Outcome;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.ReceivedMail;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff hear of the rows an import kept aside and of a refused file, line by line, in the
 * accounting mailbox (the team mailbox unless set); a clean import sends nothing.
 */
class AccountingMailIT extends WithRealServers {

	static final String MAILBOX = "contact@coopemploi.com";

	@Test
	void rowsKeptAsideAndRefusedFilesAreReportedAndACleanImportSendsNothing() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		MessageEnvelope clean = publish(finished("propre-" + tag + ".csv", Outcome.IMPORTED, List.of(), List.of(), 0));
		MessageEnvelope aside = publish(finished("grand-livre-" + tag + ".csv", Outcome.IMPORTED,
				List.of(new AccountingImportFinished.UnmatchedCode("INCONNU9", 12, 4),
						new AccountingImportFinished.UnmatchedCode("DEMO99", 1, 40)),
				List.of(), 0));
		MessageEnvelope refused = publish(
				finished(
						"refuse-" + tag + ".csv", Outcome.REFUSED, List.of(), List
							.of(new AccountingImportFinished.Problem(3, "La date « 31/02/2026 » n'existe pas."),
									new AccountingImportFinished.Problem(4,
											"Le montant « 1 250,00 » a un séparateur de milliers : écrivez 1250,00.")),
						7));

		ReceivedMail asideMail = mailAbout("grand-livre-" + tag);
		assertThat(asideMail.subject())
			.isEqualTo("Import de « grand-livre-" + tag + ".csv » : 13 lignes mises de côté");
		assertThat(asideMail.text()).contains("Bonjour,")
			.contains("(grand livre analytique) est importé : 120 lignes, du 1 janvier 2027 au 31 mars 2027.")
			.contains("• INCONNU9 : 12 lignes (la première à la ligne 4)")
			.contains("• DEMO99 : 1 ligne (la première à la ligne 40)")
			.contains("Voir l'import : http://localhost:8080/intranet/staff/imports/");
		ReceivedMail refusedMail = mailAbout("refuse-" + tag);
		assertThat(refusedMail.subject()).isEqualTo("Import refusé : « refuse-" + tag + ".csv »");
		assertThat(refusedMail.text()).contains("est refusé : rien n'a été importé")
			.contains("• Ligne 3 : La date « 31/02/2026 » n'existe pas.")
			.contains("• Ligne 4 : Le montant « 1 250,00 » a un séparateur de milliers")
			.contains("… et 5 autre(s) problème(s)");
		assertThat(sentBecauseOf(aside)).isEqualTo(1);
		assertThat(sentBecauseOf(refused)).isEqualTo(1);
		assertThat(sentBecauseOf(clean)).isZero();
	}

	static AccountingImportFinished finished(String fileName, Outcome outcome,
			List<AccountingImportFinished.UnmatchedCode> unmatched, List<AccountingImportFinished.Problem> problems,
			int problemCount) {
		UUID id = UUID.randomUUID();
		return new AccountingImportFinished(id, fileName, "LEDGER", outcome, "CSV, ISO-8859-15",
				(outcome == Outcome.IMPORTED) ? 120 : 0, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), unmatched,
				problems, problemCount, "http://localhost:8080/intranet/staff/imports/" + id);
	}

	private static ReceivedMail mailAbout(String fileName) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			List<ReceivedMail> found = mail.inbox(MAILBOX)
				.stream()
				.filter((received) -> received.subject().contains(fileName))
				.toList();
			if (!found.isEmpty()) {
				assertThat(found).hasSize(1);
				return found.get(0);
			}
			sleep(300);
		}
		throw new AssertionError("No mail about " + fileName + " in " + MAILBOX);
	}

}
