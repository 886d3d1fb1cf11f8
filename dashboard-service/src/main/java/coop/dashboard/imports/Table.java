package coop.dashboard.imports;

import java.io.IOException;

/**
 * A file read row by row, never whole: each row is handed over and forgotten.
 */
interface Table {

	/**
	 * Reads every row in order.
	 * @throws UnreadableFileException when the file cannot be read further (truncated
	 * archive, bytes that are not text in the detected encoding)
	 */
	void read(RowHandler handler) throws IOException;

	@FunctionalInterface
	interface RowHandler {

		void row(TableRow row);

		/**
		 * The number of rows the file announces, when it does (a workbook's dimension).
		 */
		default void announced(long rows) {
		}

	}

}
