package coop.resources.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The small real files of the demo centre, made on the spot (no binary in git): a PDF
 * guide, Word documents, a spreadsheet follow-up model with its formulas, a picture of
 * the journey and a sound timer for the one-minute pitch.
 */
final class DemoFiles {

	private DemoFiles() {
	}

	/** A section of a document: a heading and its paragraphs. */
	record Section(String heading, List<String> paragraphs) {

		static Section of(String heading, String... paragraphs) {
			return new Section(heading, List.of(paragraphs));
		}

	}

	/** An A4 PDF with a title and sections, in Helvetica. */
	static byte[] pdf(String title, List<Section> sections) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			List<Line> lines = new ArrayList<>();
			lines.add(new Line(title, bold, 20, 28));
			for (Section section : sections) {
				lines.add(new Line(section.heading(), bold, 14, 26));
				for (String paragraph : section.paragraphs()) {
					for (String line : wrap(paragraph, regular, 11, 451)) {
						lines.add(new Line(line, regular, 11, 15));
					}
					lines.add(new Line("", regular, 11, 6));
				}
			}
			PDPageContentStream content = null;
			float y = 0;
			for (Line line : lines) {
				if (content == null || y - line.leading() < 60) {
					if (content != null) {
						content.close();
					}
					PDPage page = new PDPage(PDRectangle.A4);
					document.addPage(page);
					content = new PDPageContentStream(document, page);
					y = PDRectangle.A4.getHeight() - 60;
				}
				y -= line.leading();
				if (!line.text().isEmpty()) {
					content.beginText();
					content.setFont(line.font(), line.size());
					content.newLineAtOffset(72, y);
					content.showText(line.text());
					content.endText();
				}
			}
			if (content != null) {
				content.close();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Line(String text, PDType1Font font, float size, float leading) {
	}

	private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** A Word document with a title and sections. */
	static byte[] docx(String title, List<Section> sections) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFParagraph heading = document.createParagraph();
			heading.setAlignment(ParagraphAlignment.LEFT);
			XWPFRun titleRun = heading.createRun();
			titleRun.setBold(true);
			titleRun.setFontSize(20);
			titleRun.setText(title);
			for (Section section : sections) {
				XWPFRun sectionRun = document.createParagraph().createRun();
				sectionRun.setBold(true);
				sectionRun.setFontSize(14);
				sectionRun.setText(section.heading());
				for (String paragraph : section.paragraphs()) {
					document.createParagraph().createRun().setText(paragraph);
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The monthly follow-up model: one row per month, the margin and hourly rate computed
	 * by formulas, a year's totals, and how to use it.
	 */
	static byte[] followUpWorkbook() {
		String[] months = { "Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre",
				"Octobre", "Novembre", "Décembre" };
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle euros = workbook.createCellStyle();
			euros.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00 €"));
			Sheet sheet = workbook.createSheet("Suivi mensuel");
			Row header = sheet.createRow(0);
			String[] columns = { "Mois", "Chiffre d'affaires HT", "Achats", "Frais (déplacements, outils…)",
					"Heures travaillées", "Marge", "Marge par heure" };
			for (int i = 0; i < columns.length; i++) {
				header.createCell(i).setCellValue(columns[i]);
				sheet.setColumnWidth(i, 22 * 256);
			}
			for (int m = 0; m < months.length; m++) {
				int excelRow = m + 2;
				Row row = sheet.createRow(m + 1);
				row.createCell(0).setCellValue(months[m]);
				for (int c = 1; c <= 4; c++) {
					row.createCell(c).setCellStyle(euros);
				}
				row.createCell(5).setCellFormula("B" + excelRow + "-C" + excelRow + "-D" + excelRow);
				row.getCell(5).setCellStyle(euros);
				row.createCell(6).setCellFormula("IF(E" + excelRow + ">0,F" + excelRow + "/E" + excelRow + ",0)");
				row.getCell(6).setCellStyle(euros);
			}
			Row total = sheet.createRow(13);
			total.createCell(0).setCellValue("Total de l'année");
			for (char column = 'B'; column <= 'F'; column++) {
				total.createCell(column - 'A').setCellFormula("SUM(" + column + "2:" + column + "13)");
				total.getCell(column - 'A').setCellStyle(euros);
			}
			Sheet help = workbook.createSheet("Mode d'emploi");
			String[] lines = { "Renseignez chaque mois votre chiffre d'affaires hors taxes, vos achats et vos frais.",
					"Notez aussi vos heures travaillées : la marge par heure vous aide à juger vos prix.",
					"Apportez ce tableau à chaque entretien avec votre accompagnateur.",
					"Les colonnes Marge et Marge par heure se calculent toutes seules." };
			for (int i = 0; i < lines.length; i++) {
				help.createRow(i).createCell(0).setCellValue(lines[i]);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The journey in the cooperative, from the information meeting to becoming an
	 * associate.
	 */
	static byte[] journeyPicture() {
		String[] steps = { "Réunion d'information", "Premier entretien", "CAPE signé", "Première facture", "CESA signé",
				"Associé" };
		int width = 1200;
		int height = 420;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.setColor(new Color(0xf6, 0xf4, 0xee));
		graphics.fillRect(0, 0, width, height);
		int box = 160;
		int gap = (width - 60 - steps.length * box) / (steps.length - 1);
		for (int i = 0; i < steps.length; i++) {
			int x = 30 + i * (box + gap);
			graphics.setColor(new Color(0x1f, 0x6f, 0x5c));
			graphics.fillRoundRect(x, 150, box, 120, 24, 24);
			if (i > 0) {
				graphics.setColor(new Color(0xe0, 0x8a, 0x1e));
				graphics.setStroke(new BasicStroke(6));
				graphics.drawLine(x - gap + 6, 210, x - 10, 210);
				graphics.fillPolygon(new int[] { x - 4, x - 18, x - 18 }, new int[] { 210, 200, 220 }, 3);
			}
		}
		try {
			// text needs the system's fonts: without them the picture keeps its shapes
			graphics.setColor(new Color(0x1f, 0x2d, 0x2a));
			graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
			graphics.drawString("Votre parcours dans la coopérative", 30, 80);
			graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 17));
			graphics.setColor(Color.WHITE);
			for (int i = 0; i < steps.length; i++) {
				int x = 30 + i * (box + gap);
				String[] words = steps[i].split(" ", 2);
				graphics.drawString(words[0], x + 12, 205);
				if (words.length > 1) {
					graphics.drawString(words[1], x + 12, 230);
				}
			}
		}
		catch (Error | RuntimeException ex) {
			// a server without fonts
		}
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A 62-second timer for the one-minute pitch (WAV, 8 kHz, 8 bits): one beep to start,
	 * two at 50 seconds, a long one at the minute.
	 */
	static byte[] pitchTimer() {
		int rate = 8000;
		int seconds = 62;
		byte[] samples = new byte[rate * seconds];
		java.util.Arrays.fill(samples, (byte) 128);
		tone(samples, rate, 0.0, 0.4);
		tone(samples, rate, 50.0, 0.2);
		tone(samples, rate, 50.4, 0.2);
		tone(samples, rate, 60.0, 1.2);
		ByteBuffer wav = ByteBuffer.allocate(44 + samples.length).order(ByteOrder.LITTLE_ENDIAN);
		wav.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + samples.length);
		wav.put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		wav.put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1);
		wav.putShort((short) 1).putInt(rate).putInt(rate).putShort((short) 1).putShort((short) 8);
		wav.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(samples.length).put(samples);
		return wav.array();
	}

	private static void tone(byte[] samples, int rate, double start, double duration) {
		int from = (int) (start * rate);
		int to = Math.min(samples.length, (int) ((start + duration) * rate));
		for (int i = from; i < to; i++) {
			double fade = Math.min(1.0, Math.min(i - from, to - i) / 200.0);
			samples[i] = (byte) (128 + 90 * fade * Math.sin(2 * Math.PI * 880 * (i - from) / rate));
		}
	}

}
