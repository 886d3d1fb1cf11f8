package coop.dashboard.imports;

import java.util.List;

/**
 * A row of a file with the line (CSV, SYLK) or row number (spreadsheet) people see when
 * they open it.
 */
record TableRow(long line, List<Cell> cells) {

	Cell cell(int index) {
		return (index >= 0 && index < this.cells.size()) ? this.cells.get(index) : Cell.EMPTY;
	}

	boolean isBlank() {
		return this.cells.stream().allMatch(Cell::isBlank);
	}

}
