package coop.dashboard.imports;

import java.math.BigDecimal;

/**
 * One cell as a file gives it: text for CSV and text cells, a number for numeric
 * spreadsheet cells (never a {@code double}), and whether a spreadsheet computed it with
 * a formula.
 *
 * @param text the text, or the number as written; never {@code null}
 * @param number the exact number of a numeric cell, else {@code null}
 * @param dateFormatted a numeric cell whose format is a date (a spreadsheet date serial)
 * @param formula the cell holds a formula
 */
record Cell(String text, BigDecimal number, boolean dateFormatted, boolean formula) {

	static final Cell EMPTY = new Cell("", null, false, false);

	static Cell text(String text) {
		return new Cell(text, null, false, false);
	}

	boolean isBlank() {
		return this.number == null && this.text.isBlank();
	}

}
