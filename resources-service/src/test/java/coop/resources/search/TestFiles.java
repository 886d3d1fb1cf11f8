package coop.resources.search;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Small real files of every format the extraction reads, each holding the words given,
 * made by the same libraries office software interoperates with (PDFBox, POI) or, for the
 * OpenDocument formats, written as the zip of XML the standard describes.
 */
final class TestFiles {

	private TestFiles() {
	}

	static byte[] pdf(String text) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A page that is only a picture, as a scanner makes: no text to extract. */
	static byte[] scannedPdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
			for (int x = 0; x < 200; x++) {
				for (int y = 0; y < 100; y++) {
					scan.setRGB(x, y, ((x * y) % 7 == 0) ? 0x000000 : 0xFFFFFF);
				}
			}
			PDImageXObject image = LosslessFactory.createFromImage(document, scan);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(image, 72, 500);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first half of a real PDF: its header promises a PDF, the rest is missing. */
	static byte[] brokenPdf() {
		byte[] whole = pdf("Ce document est tronqué");
		byte[] half = Arrays.copyOf(whole, whole.length / 3);
		return half;
	}

	static byte[] docx(String text) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] xlsx(String text) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var row = workbook.createSheet("Suivi").createRow(0);
			row.createCell(0).setCellValue("Mois");
			row.createCell(1).setCellValue(text);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] pptx(String text) {
		try (XMLSlideShow slides = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSLFTextBox box = slides.createSlide().createTextBox();
			box.setText(text);
			slides.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] odt(String text) {
		return openDocument("application/vnd.oasis.opendocument.text",
				"<office:body><office:text><text:p>" + text + "</text:p></office:text></office:body>");
	}

	static byte[] ods(String text) {
		return openDocument("application/vnd.oasis.opendocument.spreadsheet",
				"<office:body><office:spreadsheet><table:table table:name=\"Suivi\"><table:table-row>"
						+ "<table:table-cell office:value-type=\"string\"><text:p>" + text
						+ "</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>");
	}

	static byte[] odp(String text) {
		return openDocument("application/vnd.oasis.opendocument.presentation",
				"<office:body><office:presentation><draw:page draw:name=\"p1\"><draw:frame><draw:text-box><text:p>"
						+ text
						+ "</text:p></draw:text-box></draw:frame></draw:page></office:presentation></office:body>");
	}

	static byte[] rtf(String text) {
		return ("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0\\fs24 " + text + "\\par}")
			.getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] html(String text) {
		return ("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Page</title></head><body><p>"
				+ text + "</p><script>var ignored = 'scriptword';</script></body></html>")
			.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] text(String text) {
		return ("Notes de l'atelier\n\n" + text + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] openDocument(String mimeType, String body) {
		String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
				+ " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
				+ " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
				+ " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" office:version=\"1.3\">" + body
				+ "</office:document-content>";
		String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
				+ "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mimeType + "\"/>"
				+ "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
				+ "</manifest:manifest>";
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
			byte[] mime = mimeType.getBytes(StandardCharsets.US_ASCII);
			ZipEntry first = new ZipEntry("mimetype");
			first.setMethod(ZipEntry.STORED);
			first.setSize(mime.length);
			CRC32 crc = new CRC32();
			crc.update(mime);
			first.setCrc(crc.getValue());
			zip.putNextEntry(first);
			zip.write(mime);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
			zip.write(manifest.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
