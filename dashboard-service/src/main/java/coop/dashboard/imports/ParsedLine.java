package coop.dashboard.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of a file once read and checked.
 */
sealed interface ParsedLine {

	long line();

	String analyticalCode();

	LocalDate date();

	/**
	 * An operation of the analytical general ledger.
	 */
	record Operation(long line, String analyticalCode, String account, LocalDate date, String label, BigDecimal debit,
			BigDecimal credit) implements ParsedLine {
	}

	/**
	 * An invoice or a quote from enDI's exports.
	 *
	 * @param amountDue what the customer still owes (invoices), else {@code null}
	 * @param status what became of a quote, else {@code null}
	 */
	record SalesDocument(long line, String analyticalCode, String customer, String number, LocalDate date,
			String description, BigDecimal excludingTax, BigDecimal includingTax, BigDecimal amountDue,
			QuoteStatus status) implements ParsedLine {
	}

	enum QuoteStatus {

		DRAFT, SENT, SIGNED, DECLINED;

		static QuoteStatus parse(String text) {
			String status = Layout.normalise(text);
			if (status.startsWith("sign") || status.startsWith("accept") || status.startsWith("valid")) {
				return SIGNED;
			}
			if (status.startsWith("envoy") || status.startsWith("en attente") || status.startsWith("attente")) {
				return SENT;
			}
			if (status.startsWith("refus") || status.startsWith("annul") || status.startsWith("sans suite")) {
				return DECLINED;
			}
			if (status.startsWith("brouillon")) {
				return DRAFT;
			}
			throw new IllegalArgumentException(
					"statut « " + text + " » inconnu (attendu : brouillon, envoyé, signé, refusé)");
		}

	}

}
