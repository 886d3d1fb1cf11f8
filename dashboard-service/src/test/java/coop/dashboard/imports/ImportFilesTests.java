package coop.dashboard.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reads the files the team made in each format and encoding the accounting software and
 * enDI write (in {@code src/test/resources/imports/}, plus Cegid workbooks written here),
 * and the broken ones staff will one day upload.
 */
class ImportFilesTests {

	@TempDir
	Path temp;

	record Read(SourceFile.Detected detected, ImportKind kind, List<ParsedLine> lines, ImportReport report) {

		ParsedLine.Operation operation(int index) {
			return (ParsedLine.Operation) this.lines.get(index);
		}

	}

	static Path resource(String name) throws URISyntaxException {
		return Path.of(ImportFilesTests.class.getResource("/imports/" + name).toURI());
	}

	static Read read(Path file) throws IOException {
		SourceFile.Detected detected = SourceFile.detect(file);
		ImportReport report = new ImportReport();
		LineReader reader = new LineReader(report, detected.format() == SourceFile.Format.CSV);
		List<ParsedLine> lines = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file)) {
			reader.read(SourceFile.open(file, detected, in), (line) -> {
				report.imported(line, true);
				lines.add(line);
			});
		}
		return new Read(detected, reader.layout().kind(), lines, report);
	}

	@Test
	void genericLedgerInIso885915WithDecimalCommaAndFullDates() throws Exception {
		Read read = read(resource("grand-livre-iso-8859-15.csv"));
		assertThat(read.detected().describe()).isEqualTo("CSV, ISO-8859-15");
		assertThat(read.kind()).isEqualTo(ImportKind.LEDGER);
		assertThat(read.lines()).hasSize(8);
		assertThat(read.report().withoutCodeRows()).isEqualTo(1);
		ParsedLine.Operation supplies = read.operation(3);
		assertThat(supplies.label()).isEqualTo("Fournitures « bureau » œuvre");
		assertThat(supplies.debit()).isEqualByComparingTo("84.16667");
		assertThat(supplies.date()).isEqualTo(LocalDate.of(2026, 1, 12));
		assertThat(read.operation(6).label()).isEqualTo("Prestation - atelier € 2026");
		assertThat(read.report().refused()).isFalse();
	}

	@Test
	void olderLedgerInWindows1252WithShortDates() throws Exception {
		Read read = read(resource("grand-livre-cp1252-ancien.csv"));
		assertThat(read.detected().describe()).isEqualTo("CSV, Windows-1252");
		assertThat(read.operation(0).date()).isEqualTo(LocalDate.of(2026, 1, 5));
		assertThat(read.operation(3).label()).isEqualTo("Fournitures “ bureau ” œuvre");
		assertThat(read.operation(6).label()).isEqualTo("Prestation — atelier € 2026");
		assertThat(read.operation(0).credit()).isEqualByComparingTo("1250");
	}

	@Test
	void utf8WithTabulations() throws Exception {
		Read read = read(resource("grand-livre-utf8-tabulations.csv"));
		assertThat(read.detected().describe()).isEqualTo("CSV, UTF-8");
		assertThat(read.lines()).hasSize(8);
		assertThat(read.operation(0).account()).isEqualTo("706000");
	}

	@Test
	void sylkWithQuotedSemicolonsAndNumbers() throws Exception {
		Read read = read(resource("grand-livre.slk"));
		assertThat(read.detected().format()).isEqualTo(SourceFile.Format.SYLK);
		assertThat(read.lines()).hasSize(3);
		assertThat(read.operation(0).label()).isEqualTo("Facture F2026-001; acompte");
		assertThat(read.operation(0).credit()).isEqualByComparingTo("1250");
		assertThat(read.operation(1).debit()).isEqualByComparingTo("1500.5");
		assertThat(read.operation(1).label()).isEqualTo("Règlement");
	}

	@Test
	void enDiInvoicesAndQuotes() throws Exception {
		Read invoices = read(resource("factures-endi.csv"));
		assertThat(invoices.kind()).isEqualTo(ImportKind.INVOICES);
		ParsedLine.SalesDocument second = (ParsedLine.SalesDocument) invoices.lines().get(1);
		assertThat(second.excludingTax()).isEqualByComparingTo("833.33333");
		assertThat(second.amountDue()).isEqualByComparingTo("1000");
		assertThat(second.customer()).isEqualTo("Mairie de Seynod");
		Read quotes = read(resource("devis-endi.csv"));
		assertThat(quotes.kind()).isEqualTo(ImportKind.QUOTES);
		assertThat(quotes.lines()).extracting((line) -> ((ParsedLine.SalesDocument) line).status())
			.containsExactly(ParsedLine.QuoteStatus.SIGNED, ParsedLine.QuoteStatus.SENT,
					ParsedLine.QuoteStatus.DECLINED);
	}

	@Test
	void cegidWorkbookIsReadAsAStreamWithDatesAndExactAmounts() throws Exception {
		Path file = cegid(false);
		Read read = read(file);
		assertThat(read.detected().format()).isEqualTo(SourceFile.Format.XLSX);
		assertThat(read.kind()).isEqualTo(ImportKind.LEDGER);
		assertThat(read.lines()).hasSize(3);
		assertThat(read.operation(0).analyticalCode()).isEqualTo("MARTIN01");
		assertThat(read.operation(0).account()).isEqualTo("706000");
		assertThat(read.operation(0).date()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(read.operation(0).credit()).isEqualByComparingTo("1250.1");
		assertThat(read.operation(1).debit()).isEqualByComparingTo("0.3");
		assertThat(read.report().announcedRows()).isEqualTo(6);
	}

	@Test
	void aFormulaInAWorkbookCellRefusesItsLine() throws Exception {
		Read read = read(cegid(true));
		assertThat(read.report().refused()).isTrue();
		assertThat(read.report().problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("formule"));
	}

	@Test
	void aFormulaInSylkRefusesItsLine() throws Exception {
		Read read = read(resource("grand-livre-formule.slk"));
		assertThat(read.report().problems()).extracting(ImportReport.LineProblem::line).containsExactly(4L);
	}

	@Test
	void impossibleDatesThousandsSeparatorsAndExtraDecimalsAreReportedLineByLine() throws Exception {
		Read read = read(resource("grand-livre-erreurs.csv"));
		assertThat(read.report().problems()).extracting(ImportReport.LineProblem::line).containsExactly(5L, 6L, 7L, 8L);
		assertThat(read.report().problems()).extracting(ImportReport.LineProblem::message)
			.containsExactly("colonne « Date » : date « 31/02/2026 » impossible (ce jour n'existe pas)",
					"colonne « Crédit » : montant « 1 250,00 » écrit avec un séparateur de milliers ; exportez les montants sans séparateur (1234,56)",
					"colonne « Crédit » : montant « 1.250,00 » écrit avec un séparateur de milliers ; exportez les montants sans séparateur (1234,56)",
					"colonne « Crédit » : montant « 1,123456 » : plus de 5 décimales");
	}

	@Test
	void aTruncatedTextFileIsRefusedAtItsLastLine() throws Exception {
		Read read = read(resource("grand-livre-tronque.csv"));
		assertThat(read.report().problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("tronqué"));
	}

	@Test
	void aTruncatedSylkOrWorkbookCannotBeRead() throws Exception {
		assertThatThrownBy(() -> read(resource("grand-livre-tronque.slk"))).isInstanceOf(UnreadableFileException.class)
			.hasMessageContaining("tronqué");
		Path workbook = cegid(false);
		byte[] bytes = Files.readAllBytes(workbook);
		Path cut = this.temp.resolve("cut.xlsx");
		Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
		assertThatThrownBy(() -> read(cut)).isInstanceOf(UnreadableFileException.class)
			.hasMessageContaining("illisible ou tronqué");
	}

	@Test
	void otherFilesAreRecognisedForWhatTheyAre() throws Exception {
		assertThatThrownBy(() -> read(resource("grand-livre-utf16.csv"))).isInstanceOf(UnreadableFileException.class)
			.hasMessageContaining("UTF-16");
		assertThatThrownBy(() -> read(resource("autre-chose.csv"))).isInstanceOf(UnreadableFileException.class)
			.hasMessageContaining("Aucune ligne d'en-tête");
		Path pdf = this.temp.resolve("releve.csv");
		Files.writeString(pdf, "%PDF-1.7\n...");
		assertThatThrownBy(() -> SourceFile.detect(pdf)).hasMessageContaining("PDF");
		Path zip = this.temp.resolve("archive.xlsx");
		try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
			out.write("<w/>".getBytes());
		}
		assertThatThrownBy(() -> SourceFile.detect(zip)).hasMessageContaining("pas un classeur XLSX");
	}

	@Test
	void bytesThatAreNotTextInTheDetectedEncodingStopTheReadingWithTheirLine() throws Exception {
		// ISO-8859-15 sniffed from the start, then a C1 control byte far into the file
		StringBuilder text = new StringBuilder("Poste analytique;N° de compte;Date;Libellé;Débit;Crédit\r\n");
		for (int i = 0; i < 5000; i++) {
			text.append("MARTIN01;706000;05/01/2026;Facture é;0,00;10,00\r\n");
		}
		byte[] head = text.toString().getBytes(TextEncoding.ISO_8859_15);
		Path file = this.temp.resolve("mixed.csv");
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(head);
			out.write("MARTIN01;706000;05/01/2026;Facture ".getBytes(TextEncoding.ISO_8859_15));
			out.write(0x85);
			out.write(";0,00;10,00\r\n".getBytes(TextEncoding.ISO_8859_15));
		}
		assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableFileException.class)
			.hasMessageContaining("Ligne 5002");
	}

	@Test
	void amountsAndDates() {
		assertThat(Values.amount(Cell.text("-12,5"))).isEqualByComparingTo(new BigDecimal("-12.5"));
		assertThat(Values.amount(Cell.text("12.50"))).isEqualByComparingTo(new BigDecimal("12.5"));
		assertThat(Values.amount(Cell.text(""))).isZero();
		assertThatThrownBy(() -> Values.amount(Cell.text("12 €"))).hasMessageContaining("illisible");
		assertThat(Values.date(Cell.text("29/02/2024"))).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThatThrownBy(() -> Values.date(Cell.text("29/02/2026"))).hasMessageContaining("impossible");
		assertThat(Values.date(Cell.text("1/3/99"))).isEqualTo(LocalDate.of(1999, 3, 1).plusYears(100));
		assertThatThrownBy(() -> Values.date(Cell.text("2026/03/01"))).hasMessageContaining("illisible");
	}

	/** A Cegid export: title rows, then the header, dates as date cells. */
	Path cegid(boolean formula) throws IOException {
		Path file = this.temp.resolve(formula ? "cegid-formule.xlsx" : "cegid.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(50)) {
			Sheet sheet = workbook.createSheet("Grand livre analytique");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			sheet.createRow(0).createCell(0).setCellValue("Grand livre analytique — COOP'EMPLOI");
			sheet.createRow(1).createCell(0).setCellValue("Période du 01/03/2026 au 31/03/2026");
			Row header = sheet.createRow(2);
			String[] names = { "Section analytique", "Général", "Auxiliaire", "Date", "Type", "Journal", "Libellé",
					"Débit", "Crédit", "Solde" };
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			Object[][] rows = {
					{ "MARTIN01", "706000", "", LocalDate.of(2026, 3, 2), "FC", "VT", "Facture", null, 1250.1 },
					{ "martin01", "627000", "", LocalDate.of(2026, 3, 3), "FF", "BQ", "Frais", 0.1 + 0.2, null },
					{ "GIRARD07", "512000", "", LocalDate.of(2026, 3, 4), "RG", "BQ", "Règlement", 980.0, null } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(3 + r);
				for (int c = 0; c < rows[r].length; c++) {
					Object value = rows[r][c];
					if (value instanceof String text) {
						row.createCell(c).setCellValue(text);
					}
					else if (value instanceof LocalDate day) {
						org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
						cell.setCellValue(day);
						cell.setCellStyle(date);
					}
					else if (value instanceof Double number) {
						row.createCell(c).setCellValue(number);
					}
				}
				if (formula && r == 1) {
					row.createCell(9).setCellFormula("H5-I5");
				}
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

}
