package coop.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import coop.platform.messaging.cooperative.Cooperative;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes a {@link Report} as CSV (UTF-8 with its byte-order mark and semicolons, the way
 * a French spreadsheet opens it; decimal comma, no thousands separator) or as an A4 PDF
 * (amounts as « 1 234,50 € »), and answers it as a download.
 */
public final class ReportFormats {

	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

	private static final Font TEXT = new Font(Font.HELVETICA, 9);

	private static final Font HEADER = new Font(Font.HELVETICA, 9, Font.BOLD);

	private ReportFormats() {
	}

	public static ResponseEntity<byte[]> csvDownload(Report report) {
		return download(csv(report), CSV, report.fileName() + ".csv");
	}

	/**
	 * @param cooperative the cooperative as its settings give it now: the PDF's creator,
	 * its main colour for the titles, its name and address at the foot
	 */
	public static ResponseEntity<byte[]> pdfDownload(Cooperative cooperative, Report report) {
		return download(pdf(cooperative, report), MediaType.APPLICATION_PDF, report.fileName() + ".pdf");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	static byte[] csv(Report report) {
		StringBuilder out = new StringBuilder("\uFEFF");
		line(out, List.of(report.title()));
		for (String about : report.about()) {
			line(out, List.of(about));
		}
		for (Report.Table table : report.tables()) {
			out.append("\r\n");
			line(out, List.of(table.title()));
			line(out, table.headers());
			for (List<Object> row : table.rows()) {
				String[] cells = new String[row.size()];
				for (int i = 0; i < cells.length; i++) {
					cells[i] = csvValue(row.get(i), table.columns().get(i));
				}
				line(out, List.of(cells));
			}
			if (table.note() != null) {
				line(out, List.of(table.note()));
			}
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder out, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(';');
			}
			out.append(quoted(cells.get(i)));
		}
		out.append("\r\n");
	}

	private static String csvValue(Object value, Report.Column column) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal amount) {
			return ((column == Report.Column.EUROS) ? amount.setScale(2, RoundingMode.HALF_EVEN) : amount)
				.toPlainString()
				.replace('.', ',');
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		if (value instanceof LocalDate day) {
			return DAY.format(day);
		}
		if (value instanceof YearMonth month) {
			return month.toString();
		}
		// a text a spreadsheet would run as a formula (a customer's name from an import)
		String text = value.toString();
		return (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

	private static String quoted(String cell) {
		if (cell.indexOf(';') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
			return cell;
		}
		return '"' + cell.replace("\"", "\"\"") + '"';
	}

	static byte[] pdf(Cooperative cooperative, Report report) {
		java.awt.Color brand = java.awt.Color.decode(cooperative.primaryColour());
		Font titleFont = new Font(Font.HELVETICA, 16, Font.BOLD, brand);
		Font headingFont = new Font(Font.HELVETICA, 12, Font.BOLD, brand);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// landscape when a table is too wide to read upright
		boolean wide = report.tables().stream().anyMatch((table) -> table.headers().size() > 7);
		Document document = new Document(wide ? PageSize.A4.rotate() : PageSize.A4, 40, 40, 48, 48);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(report.title());
			document.addCreator(cooperative.name());
			document.setDocumentLanguage("fr-FR");
			document.open();
			document.add(new Paragraph(report.title(), titleFont));
			for (String about : report.about()) {
				document.add(new Paragraph(about, TEXT));
			}
			for (Report.Table table : report.tables()) {
				Paragraph heading = new Paragraph(table.title(), headingFont);
				heading.setSpacingBefore(14);
				heading.setSpacingAfter(6);
				document.add(heading);
				document.add(pdfTable(table));
				if (table.note() != null) {
					document.add(new Paragraph(table.note(), TEXT));
				}
			}
			Paragraph foot = new Paragraph(cooperative.footer(), TEXT);
			foot.setSpacingBefore(18);
			document.add(foot);
		}
		finally {
			document.close();
		}
		return out.toByteArray();
	}

	private static PdfPTable pdfTable(Report.Table table) {
		PdfPTable pdf = new PdfPTable(table.headers().size());
		pdf.setWidthPercentage(100);
		pdf.setHeaderRows(1);
		for (String header : table.headers()) {
			PdfPCell cell = new PdfPCell(new Phrase(header, HEADER));
			cell.setPadding(4);
			cell.setBackgroundColor(new java.awt.Color(0xf2, 0xf4, 0xf5));
			pdf.addCell(cell);
		}
		if (table.rows().isEmpty()) {
			PdfPCell none = new PdfPCell(new Phrase("Aucune ligne.", TEXT));
			none.setColspan(table.headers().size());
			none.setPadding(4);
			pdf.addCell(none);
		}
		for (List<Object> row : table.rows()) {
			for (int i = 0; i < row.size(); i++) {
				Report.Column column = table.columns().get(i);
				PdfPCell cell = new PdfPCell(new Phrase(readable(row.get(i), column), TEXT));
				cell.setPadding(4);
				if (column != Report.Column.TEXT) {
					cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
				}
				pdf.addCell(cell);
			}
		}
		return pdf;
	}

	/** A value as people read it in French. */
	public static String readable(Object value, Report.Column column) {
		if (value == null) {
			return "—";
		}
		if (value instanceof BigDecimal || value instanceof Number) {
			BigDecimal number = (value instanceof BigDecimal decimal) ? decimal : new BigDecimal(value.toString());
			return switch (column) {
				case EUROS -> decimal("#,##0.00").format(number.setScale(2, RoundingMode.HALF_EVEN)) + " €";
				case PERCENT -> decimal("#,##0").format(number) + " %";
				default -> decimal("#,##0.##").format(number);
			};
		}
		if (value instanceof LocalDate day) {
			return DAY.format(day);
		}
		if (value instanceof YearMonth month) {
			String name = MONTH.format(month.atDay(1));
			return Character.toUpperCase(name.charAt(0)) + name.substring(1);
		}
		return value.toString();
	}

	private static DecimalFormat decimal(String pattern) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
		// a plain space between thousands: the PDF's standard fonts have no narrow
		// no-break
		// space
		symbols.setGroupingSeparator(' ');
		symbols.setDecimalSeparator(',');
		DecimalFormat format = new DecimalFormat(pattern, symbols);
		format.setParseBigDecimal(true);
		return format;
	}

}
