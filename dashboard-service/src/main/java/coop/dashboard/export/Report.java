package coop.dashboard.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A document of figures: a title, the lines that say what it covers, and tables. Values
 * stay typed (amounts, counts, dates) until a format writes them, so that the CSV holds
 * numbers a spreadsheet reads and the PDF amounts as people read them.
 *
 * @param fileName the download's name without extension
 * @param about lines under the title (who, which period, "chiffres au …")
 */
public record Report(String fileName, String title, List<String> about, List<Table> tables) {

	/** How a column's values are written. */
	public enum Column {

		/** words */
		TEXT,
		/** euros, two decimals */
		EUROS,
		/** a count or a number of hours */
		NUMBER,
		/** a percentage, whole */
		PERCENT

	}

	/**
	 * @param headers the columns' titles
	 * @param columns how each column is written
	 * @param rows values: {@code String}, {@code BigDecimal}, {@code Number},
	 * {@code LocalDate}, {@code YearMonth}, or {@code null} for a cell left empty
	 * @param note a line under the table (what a hidden cell means, a source)
	 */
	public record Table(String title, List<String> headers, List<Column> columns, List<List<Object>> rows,
			String note) {

		public Table {
			if (headers.size() != columns.size()) {
				throw new IllegalArgumentException(
						title + ": " + headers.size() + " headers for " + columns.size() + " columns");
			}
		}

	}

	/** Builds a table row by row. */
	public static final class TableBuilder {

		private final String title;

		private final List<String> headers = new ArrayList<>();

		private final List<Column> columns = new ArrayList<>();

		private final List<List<Object>> rows = new ArrayList<>();

		private String note;

		public TableBuilder(String title) {
			this.title = title;
		}

		public TableBuilder column(String header, Column column) {
			this.headers.add(header);
			this.columns.add(column);
			return this;
		}

		public TableBuilder row(Object... values) {
			if (values.length != this.columns.size()) {
				throw new IllegalArgumentException(
						this.title + ": a row of " + values.length + " values for " + this.columns.size() + " columns");
			}
			this.rows.add(Arrays.asList(values));
			return this;
		}

		public TableBuilder note(String note) {
			this.note = note;
			return this;
		}

		public Table build() {
			return new Table(this.title, List.copyOf(this.headers), List.copyOf(this.columns), List.copyOf(this.rows),
					this.note);
		}

	}

}
