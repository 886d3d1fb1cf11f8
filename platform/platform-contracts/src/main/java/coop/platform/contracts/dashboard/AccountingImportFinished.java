package coop.platform.contracts.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * An import of an accounting file or of enDI's invoices or quotes ended: imported whole,
 * or refused whole. Staff are told by e-mail of the rows kept aside (their analytical
 * code matches no personal file) and of the problems that refused a file.
 *
 * @param kind {@code LEDGER}, {@code INVOICES} or {@code QUOTES}, or {@code null} when
 * the file could not be recognised
 * @param format what the file was, e.g. "CSV, ISO-8859-15"
 * @param unmatched the analytical codes that match nobody, with their rows
 * @param problems the first problems that refused the file (line 0: the whole file)
 * @param problemCount all the problems found
 * @param reportUrl the import's page for staff
 */
@EventType("dashboard.import.finished")
public record AccountingImportFinished(UUID importId, String fileName, String kind, Outcome outcome, String format,
		int rowsImported, LocalDate firstDate, LocalDate lastDate, List<UnmatchedCode> unmatched,
		List<Problem> problems, int problemCount, String reportUrl) implements IntegrationEvent {

	public enum Outcome {

		IMPORTED, REFUSED

	}

	/**
	 * @param firstLine the first line of the file with that code
	 */
	public record UnmatchedCode(String analyticalCode, int rows, int firstLine) {
	}

	public record Problem(int line, String message) {
	}

}
