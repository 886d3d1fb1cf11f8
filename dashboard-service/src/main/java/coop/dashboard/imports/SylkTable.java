package coop.dashboard.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * A SYLK file (the text spreadsheet format some accounting software exports): records
 * {@code C;Y<row>;X<col>;K<value>}, a row number kept from one record to the next, text
 * values in quotes with {@code ;;} for a semicolon, an {@code E} field for a formula.
 * Cells arrive row after row, so a row is handed over as soon as the next one starts.
 */
final class SylkTable implements Table {

	private final InputStream input;

	private final Charset charset;

	SylkTable(InputStream input, Charset charset) {
		this.input = input;
		this.charset = charset;
	}

	@Override
	public void read(RowHandler handler) throws IOException {
		BufferedReader reader = TextEncoding.strictReader(this.input, this.charset);
		long lineNumber = 0;
		long row = 0;
		int column = 0;
		List<Cell> cells = new ArrayList<>();
		boolean ended = false;
		try {
			String line;
			while ((line = reader.readLine()) != null) {
				lineNumber++;
				if (lineNumber == 1 && !line.startsWith("ID")) {
					throw new UnreadableFileException("Ligne 1 : un fichier SYLK commence par « ID ».");
				}
				if (line.equals("E")) {
					ended = true;
					break;
				}
				if (!line.startsWith("C;")) {
					continue;
				}
				Record record = Record.parse(line);
				long y = (record.y > 0) ? record.y : row;
				int x = (record.x > 0) ? record.x : column + 1;
				if (y != row && row > 0) {
					handler.row(new TableRow(row, List.copyOf(cells)));
					cells.clear();
				}
				row = y;
				column = x;
				while (cells.size() < x - 1) {
					cells.add(Cell.EMPTY);
				}
				if (cells.size() == x - 1) {
					cells.add(record.cell());
				}
				else {
					cells.set(x - 1, record.cell());
				}
			}
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableFileException("Ligne " + (lineNumber + 1) + " : des octets ne sont pas du texte en "
					+ TextEncoding.label(this.charset) + ".", ex);
		}
		if (!ended) {
			throw new UnreadableFileException("Le fichier SYLK s'arrête avant sa fin (« E ») : il semble tronqué.");
		}
		if (row > 0) {
			handler.row(new TableRow(row, List.copyOf(cells)));
		}
	}

	private record Record(long y, int x, String value, boolean formula) {

		static Record parse(String line) {
			long y = 0;
			int x = 0;
			String value = "";
			boolean formula = false;
			for (String field : fields(line)) {
				if (field.isEmpty()) {
					continue;
				}
				switch (field.charAt(0)) {
					case 'Y' -> y = Long.parseLong(field.substring(1));
					case 'X' -> x = Integer.parseInt(field.substring(1));
					case 'K' -> value = field.substring(1);
					case 'E' -> formula = true;
					default -> {
					}
				}
			}
			return new Record(y, x, value, formula);
		}

		/** Splits on single semicolons; {@code ;;} is a semicolon inside a value. */
		private static List<String> fields(String line) {
			List<String> fields = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			for (int i = 2; i < line.length(); i++) {
				char c = line.charAt(i);
				if (c == ';') {
					if (i + 1 < line.length() && line.charAt(i + 1) == ';') {
						current.append(';');
						i++;
					}
					else {
						fields.add(current.toString());
						current.setLength(0);
					}
				}
				else {
					current.append(c);
				}
			}
			fields.add(current.toString());
			return fields;
		}

		Cell cell() {
			if (this.value.startsWith("\"")) {
				String text = this.value.substring(1,
						this.value.endsWith("\"") ? this.value.length() - 1 : this.value.length());
				return new Cell(text.strip(), null, false, this.formula);
			}
			try {
				return new Cell(this.value, new BigDecimal(this.value), false, this.formula);
			}
			catch (NumberFormatException ex) {
				return new Cell(this.value, null, false, this.formula);
			}
		}

	}

}
