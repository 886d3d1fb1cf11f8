package coop.platform.test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Real files made on the spot, good and bad, for the pipeline's tests.
 */
public final class SampleFiles {

	private SampleFiles() {
	}

	public static byte[] pdf(String text) {
		return pdf(text, null);
	}

	public static byte[] encryptedPdf() {
		return pdf("Confidentiel", "secret");
	}

	private static byte[] pdf(String text, String password) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 18);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			if (password != null) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", password,
						new AccessPermission());
				policy.setEncryptionKeyLength(128);
				document.protect(policy);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static byte[] png(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x1f, 0x6f, 0x5c));
		graphics.fillRect(0, 0, width, height / 2);
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
	 * A phone photo: a JPEG {@code width} × {@code height} as stored by the camera, with
	 * an EXIF block saying how to turn it upright ({@code orientation}, 1 to 8) and where
	 * it was taken (a GPS latitude, N 45° 54' 12.34").
	 */
	public static byte[] jpegWithGps(int width, int height, int orientation) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0xf2, 0xe8, 0xd5));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(new Color(0x1f, 0x6f, 0x5c));
		graphics.fillRect(0, 0, width / 2, height);
		graphics.dispose();
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", jpeg);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(92);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		// IFD0: orientation, pointer to the GPS IFD
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
		tiff.putInt(0);
		// GPS IFD at 38: latitude reference and latitude (three rationals at 68)
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(68);
		tiff.putInt(0);
		tiff.putInt(45).putInt(1).putInt(54).putInt(1).putInt(1234).putInt(100);
		byte[] exif = "Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		byte[] jpegBytes = jpeg.toByteArray();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpegBytes, 0, 2);
		int length = 2 + exif.length + tiff.capacity();
		out.write(0xFF);
		out.write(0xE1);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes(exif);
		out.writeBytes(tiff.array());
		out.write(jpegBytes, 2, jpegBytes.length - 2);
		return out.toByteArray();
	}

	/** A minimal Word document: enough for its kind to be read from its entries. */
	public static byte[] docx() {
		return zip(new String[] { "[Content_Types].xml", "<Types/>" },
				new String[] { "_rels/.rels", "<Relationships/>" },
				new String[] { "word/document.xml", "<w:document><w:body><w:p>Bonjour</w:p></w:body></w:document>" });
	}

	public static byte[] docm() {
		return zip(new String[] { "[Content_Types].xml", "<Types/>" },
				new String[] { "word/document.xml", "<w:document/>" }, new String[] { "word/vbaProject.bin", "MACRO" });
	}

	public static byte[] xlsx() {
		return zip(new String[] { "[Content_Types].xml", "<Types/>" },
				new String[] { "xl/workbook.xml", "<workbook/>" });
	}

	/** An OpenDocument text: its first entry, stored uncompressed, names its type. */
	public static byte[] odt() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
			byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
			ZipEntry first = new ZipEntry("mimetype");
			first.setMethod(ZipEntry.STORED);
			first.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			first.setCrc(crc.getValue());
			zip.putNextEntry(first);
			zip.write(mimetype);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static byte[] plainZip() {
		return zip(new String[] { "notes.txt", "des notes" });
	}

	/**
	 * A Word document one of whose entries expands from a few KB to {@code megabytes} MB.
	 */
	public static byte[] zipBomb(int megabytes) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < megabytes; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A Word document whose first entry says it is encrypted (general purpose flag, bit
	 * 0).
	 */
	public static byte[] encryptedZipDocx() {
		byte[] bytes = docx();
		bytes[6] |= 1;
		return bytes;
	}

	/**
	 * What Office writes for a password-protected .docx: an OLE2 container with an
	 * EncryptedPackage stream.
	 */
	public static byte[] encryptedOfficeContainer() {
		byte[] bytes = new byte[4096];
		byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(magic, 0, bytes, 0, magic.length);
		byte[] stream = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
		System.arraycopy(stream, 0, bytes, 1024, stream.length);
		return bytes;
	}

	/**
	 * The start of an MP4 file (its ftyp box) followed by {@code size} bytes of a known
	 * pattern.
	 */
	public static byte[] mp4(int size) {
		byte[] bytes = new byte[size];
		byte[] ftyp = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'm', 'p', '4', '2', 'i', 's',
				'o', 'm' };
		for (int i = 0; i < size; i++) {
			bytes[i] = (byte) (i % 251);
		}
		System.arraycopy(ftyp, 0, bytes, 0, ftyp.length);
		return bytes;
	}

	public static byte[] truncatedPng() {
		byte[] png = png(400, 300);
		return Arrays.copyOf(png, 60);
	}

	public static byte[] corruptedPdf() {
		return "%PDF-1.7\n1 0 obj << /Type /Catalog >>\nce n'est pas un vrai PDF\n".getBytes(StandardCharsets.US_ASCII);
	}

	public static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] zip(String[]... entries) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String[] entry : entries) {
				zip.putNextEntry(new ZipEntry(entry[0]));
				zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A body of {@code size} bytes produced as it is read (never held), counting what the
	 * reader took; it can fail after {@code failAfter} bytes like a cancelled upload.
	 */
	public static final class Generated extends InputStream {

		private final byte[] head;

		private final long size;

		private final long failAfter;

		private long position;

		public Generated(byte[] head, long size, long failAfter) {
			this.head = head;
			this.size = size;
			this.failAfter = failAfter;
		}

		public long consumed() {
			return this.position;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) == -1) ? -1 : (one[0] & 0xff);
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (this.position >= this.failAfter) {
				throw new IOException("connection reset by the browser");
			}
			if (this.position >= this.size) {
				return -1;
			}
			int count = (int) Math.min(length, Math.min(this.size, this.failAfter) - this.position);
			for (int i = 0; i < count; i++) {
				long at = this.position + i;
				buffer[offset + i] = (at < this.head.length) ? this.head[(int) at] : (byte) ('a' + at % 26);
			}
			this.position += count;
			return count;
		}

	}

}
