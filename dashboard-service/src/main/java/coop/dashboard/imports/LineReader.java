package coop.dashboard.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

import coop.dashboard.imports.Layout.Column;

/**
 * Turns the rows of a file into checked lines: finds the header row among the first rows,
 * then reads each row against it. A row that cannot be read is reported with its line and
 * the reason, in French, and the reading goes on so that staff see every problem at once.
 */
final class LineReader {

	static final int HEADER_SEARCH_ROWS = 20;

	private final ImportReport report;

	private Layout layout;

	private final boolean fixedWidth;

	private long rowsBeforeHeader;

	/**
	 * @param fixedWidth every row of the file has every column (text files), so a shorter
	 * one was cut; a spreadsheet leaves empty trailing cells out
	 */
	LineReader(ImportReport report, boolean fixedWidth) {
		this.report = report;
		this.fixedWidth = fixedWidth;
	}

	Layout layout() {
		return this.layout;
	}

	void read(Table table, Consumer<ParsedLine> lines) throws IOException {
		table.read(new Table.RowHandler() {
			@Override
			public void row(TableRow row) {
				accept(row, lines);
			}

			@Override
			public void announced(long rows) {
				LineReader.this.report.announced(rows);
			}
		});
		if (this.layout == null) {
			throw new UnreadableFileException("Aucune ligne d'en-tête reconnue : un grand livre analytique a les "
					+ "colonnes « Poste analytique ; N° de compte ; Date ; Libellé ; Débit ; Crédit » (ou, chez Cegid, "
					+ "« Section analytique | Général | … | Débit | Crédit »), un export de factures « Code analytique ; "
					+ "Client ; Date ; Numéro ; Montant HT ; Montant TTC ; Reste dû », un export de devis les mêmes avec "
					+ "« Statut ».");
		}
	}

	private void accept(TableRow row, Consumer<ParsedLine> lines) {
		this.report.rowRead(row.line());
		if (this.layout == null) {
			this.layout = Layout.of(row).orElse(null);
			if (this.layout == null && ++this.rowsBeforeHeader >= HEADER_SEARCH_ROWS) {
				throw new UnreadableFileException("Aucune ligne d'en-tête reconnue dans les " + HEADER_SEARCH_ROWS
						+ " premières lignes : ce n'est pas un grand livre analytique ni un export de factures ou de devis.");
			}
			return;
		}
		if (row.isBlank()) {
			return;
		}
		for (Cell cell : row.cells()) {
			if (cell.formula()) {
				this.report.problem(row.line(),
						"une cellule contient une formule ; exportez les valeurs, pas les formules");
				return;
			}
		}
		int expected = this.layout.columns().values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
		if (this.fixedWidth && row.cells().size() < expected) {
			// a text file cut in the middle of its last line
			this.report.problem(row.line(), "ligne incomplète (" + row.cells().size() + " colonnes au lieu de "
					+ expected + ") ; le fichier semble tronqué");
			return;
		}
		String code = text(row, Column.CODE);
		if (code.isEmpty()) {
			this.report.withoutCode();
			return;
		}
		try {
			lines.accept(parse(row, code.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			this.report.problem(row.line(), ex.getMessage());
		}
	}

	private ParsedLine parse(TableRow row, String code) {
		LocalDate date = field(row, Column.DATE, () -> Values.date(row.cell(this.layout.index(Column.DATE))));
		return switch (this.layout.kind()) {
			case LEDGER -> {
				String account = text(row, Column.ACCOUNT);
				if (!account.matches("[0-9A-Za-z]{1,20}")) {
					throw new IllegalArgumentException(
							"colonne « N° de compte » : « " + account + " » n'est pas un numéro de compte");
				}
				yield new ParsedLine.Operation(row.line(), code, account, date, clip(text(row, Column.LABEL), 300),
						amount(row, Column.DEBIT, "Débit"), amount(row, Column.CREDIT, "Crédit"));
			}
			case INVOICES, QUOTES -> {
				String number = text(row, Column.NUMBER);
				if (number.isEmpty()) {
					throw new IllegalArgumentException("colonne « Numéro » vide");
				}
				boolean invoice = this.layout.kind() == ImportKind.INVOICES;
				yield new ParsedLine.SalesDocument(row.line(), code, clip(text(row, Column.CUSTOMER), 200),
						clip(number, 60), date, clip(text(row, Column.DESCRIPTION), 300),
						amount(row, Column.EXCLUDING_TAX, "Montant HT"),
						amount(row, Column.INCLUDING_TAX, "Montant TTC"),
						invoice ? amount(row, Column.DUE, "Reste dû") : null,
						invoice ? null : ParsedLine.QuoteStatus.parse(text(row, Column.STATUS)));
			}
		};
	}

	private BigDecimal amount(TableRow row, Column column, String name) {
		return field(row, column, () -> Values.amount(row.cell(this.layout.index(column))), name);
	}

	private <T> T field(TableRow row, Column column, java.util.function.Supplier<T> read) {
		return field(row, column, read, "Date");
	}

	private <T> T field(TableRow row, Column column, java.util.function.Supplier<T> read, String name) {
		try {
			return read.get();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("colonne « " + name + " » : " + ex.getMessage(), ex);
		}
	}

	private String text(TableRow row, Column column) {
		Cell cell = row.cell(this.layout.index(column));
		return cell.text().strip();
	}

	private static String clip(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
