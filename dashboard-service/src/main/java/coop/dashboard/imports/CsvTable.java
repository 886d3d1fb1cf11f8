package coop.dashboard.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * A delimited text file (semicolon, tab or comma, guessed from the header line), quoted
 * fields with doubled quotes, read with a strict decoder: a byte that is not text in the
 * detected encoding stops the import with the line where it is, instead of a silent
 * replacement character.
 */
final class CsvTable implements Table {

	private final InputStream input;

	private final Charset charset;

	CsvTable(InputStream input, Charset charset) {
		this.input = input;
		this.charset = charset;
	}

	@Override
	public void read(RowHandler handler) throws IOException {
		BufferedReader reader = TextEncoding.strictReader(this.input, this.charset);
		Parser parser = new Parser(reader);
		try {
			parser.run(handler);
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableFileException(
					"Ligne " + parser.line + " : des octets ne sont pas du texte en " + TextEncoding.label(this.charset)
							+ " ; enregistrez le fichier en ISO-8859-15, Windows-1252 ou UTF-8.",
					ex);
		}
	}

	private final class Parser {

		private final BufferedReader reader;

		long line = 1;

		private char delimiter;

		Parser(BufferedReader reader) {
			this.reader = reader;
		}

		void run(RowHandler handler) throws IOException {
			this.reader.mark(1 << 20);
			this.delimiter = guessDelimiter(firstLine());
			this.reader.reset();
			List<Cell> cells = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			boolean inQuotes = false;
			boolean any = false;
			long rowLine = this.line;
			int c;
			while ((c = this.reader.read()) != -1) {
				if (c == '\uFEFF' && rowLine == 1 && !any) {
					continue;
				}
				any = true;
				if (c >= 0x80 && c <= 0x9F) {
					throw new UnreadableFileException(
							"Ligne " + this.line + " : caractère de contrôle inattendu ; le fichier n'est pas en "
									+ TextEncoding.label(CsvTable.this.charset) + ".");
				}
				if (inQuotes) {
					if (c == '"') {
						this.reader.mark(1);
						int next = this.reader.read();
						if (next == '"') {
							field.append('"');
						}
						else {
							inQuotes = false;
							if (next != -1) {
								this.reader.reset();
							}
						}
					}
					else {
						if (c == '\n') {
							this.line++;
						}
						field.append((char) c);
					}
				}
				else if (c == '"' && field.isEmpty() && !quoted) {
					inQuotes = true;
					quoted = true;
				}
				else if (c == this.delimiter) {
					cells.add(cell(field, quoted));
					field.setLength(0);
					quoted = false;
				}
				else if (c == '\r' || c == '\n') {
					if (c == '\r') {
						this.reader.mark(1);
						int next = this.reader.read();
						if (next != '\n' && next != -1) {
							this.reader.reset();
						}
					}
					cells.add(cell(field, quoted));
					handler.row(new TableRow(rowLine, List.copyOf(cells)));
					cells.clear();
					field.setLength(0);
					quoted = false;
					this.line++;
					rowLine = this.line;
				}
				else {
					field.append((char) c);
				}
			}
			if (inQuotes) {
				throw new UnreadableFileException(
						"Ligne " + rowLine + " : un guillemet ouvert n'est jamais fermé ; le fichier semble tronqué.");
			}
			if (!field.isEmpty() || !cells.isEmpty()) {
				cells.add(cell(field, quoted));
				handler.row(new TableRow(rowLine, List.copyOf(cells)));
			}
		}

		private Cell cell(StringBuilder field, boolean quoted) {
			return Cell.text(quoted ? field.toString() : field.toString().strip());
		}

		private String firstLine() throws IOException {
			StringBuilder first = new StringBuilder();
			int c;
			while ((c = this.reader.read()) != -1 && c != '\n' && c != '\r' && first.length() < 100_000) {
				first.append((char) c);
			}
			return first.toString();
		}

		private char guessDelimiter(String header) {
			char best = ';';
			long bestCount = header.chars().filter((ch) -> ch == ';').count();
			for (char candidate : new char[] { '\t', ',' }) {
				long count = header.chars().filter((ch) -> ch == candidate).count();
				if (count > bestCount) {
					best = candidate;
					bestCount = count;
				}
			}
			return best;
		}

	}

}
