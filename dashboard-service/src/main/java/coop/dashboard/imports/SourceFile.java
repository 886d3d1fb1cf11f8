package coop.dashboard.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * Recognises what a spooled file is from its first bytes (never from its name): an XLSX
 * workbook (a ZIP archive with a workbook inside, checked when opened), a SYLK file, or a
 * delimited text file whose encoding is guessed.
 */
final class SourceFile {

	enum Format {

		CSV("CSV"), XLSX("XLSX"), SYLK("SYLK");

		private final String label;

		Format(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

	}

	/**
	 * @param charset the text encoding, {@code null} for XLSX
	 */
	record Detected(Format format, Charset charset) {

		String describe() {
			return (this.charset != null) ? this.format.label() + ", " + TextEncoding.label(this.charset)
					: this.format.label();
		}

	}

	private SourceFile() {
	}

	static Detected detect(Path file) throws IOException {
		byte[] sample = new byte[64 * 1024];
		int length;
		try (InputStream in = Files.newInputStream(file)) {
			length = in.readNBytes(sample, 0, sample.length);
		}
		if (length == 0) {
			throw new UnreadableFileException("Le fichier est vide.");
		}
		if (length >= 4 && sample[0] == 'P' && sample[1] == 'K' && sample[2] == 3 && sample[3] == 4) {
			requireWorkbook(file);
			return new Detected(Format.XLSX, null);
		}
		if (length >= 4 && sample[0] == '%' && sample[1] == 'P' && sample[2] == 'D' && sample[3] == 'F') {
			throw new UnreadableFileException(
					"C'est un document PDF : importez l'export CSV, XLSX ou SYLK du logiciel comptable.");
		}
		if (length >= 8 && (sample[0] & 0xFF) == 0xD0 && (sample[1] & 0xFF) == 0xCF) {
			throw new UnreadableFileException(
					"C'est un classeur Excel 97-2003 (.xls) : enregistrez-le en XLSX ou en CSV avant de l'importer.");
		}
		Charset charset = TextEncoding.detect(sample, length);
		if (charset == null) {
			throw new UnreadableFileException("Ce fichier n'est ni un texte (CSV, SYLK) ni un classeur XLSX : "
					+ "il contient des octets binaires ou un encodage non pris en charge (UTF-16).");
		}
		boolean sylk = length >= 3 && sample[0] == 'I' && sample[1] == 'D' && sample[2] == ';';
		return new Detected(sylk ? Format.SYLK : Format.CSV, charset);
	}

	/** A ZIP archive is a workbook only when it holds one (a .docx or a .zip is not). */
	private static void requireWorkbook(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.getEntry("xl/workbook.xml") == null) {
				throw new UnreadableFileException(
						"C'est une archive ZIP ou un document bureautique, pas un classeur XLSX.");
			}
		}
		catch (IOException ex) {
			throw new UnreadableFileException(
					"Le classeur XLSX est illisible ou tronqué : enregistrez-le de nouveau depuis le logiciel comptable.",
					ex);
		}
	}

	static Table open(Path file, Detected detected, InputStream counted) {
		return switch (detected.format()) {
			case XLSX -> new XlsxTable(file.toFile());
			case SYLK -> new SylkTable(new BufferedInputStream(counted), detected.charset());
			case CSV -> new CsvTable(new BufferedInputStream(counted), detected.charset());
		};
	}

}
