package coop.platform.files;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * What the first bytes cannot tell: a zip-based office document is opened entry by entry
 * with limits (no zip bomb, no encryption, no macros, its exact kind); an old Office file
 * is looked at for encryption; a PDF is opened (corrupted, encrypted?) and an image
 * decoded (corrupted, too many pixels?), both giving their thumbnail on the way.
 * Everything reads the stored file as a stream; a PDF goes through a temporary file,
 * never memory.
 */
final class ContentChecks {

	static final String ZIP = "application/zip";

	static final String OOXML = "application/x-tika-ooxml";

	static final String OLE2 = "application/x-tika-msoffice";

	private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);

	private final FilesProperties properties;

	ContentChecks(FilesProperties properties) {
		this.properties = properties;
	}

	/** What a file detected as {@code mediaType} really is, once its inside is seen. */
	record Verdict(String mediaType, BufferedImage thumbnail) {
	}

	Verdict check(String name, String mediaType, long size, Supplier<InputStream> content) {
		try {
			if (ZIP.equals(mediaType) || OOXML.equals(mediaType) || mediaType.startsWith("application/vnd.oasis")) {
				return new Verdict(openZip(name, mediaType, size, content), null);
			}
			if (OLE2.equals(mediaType)) {
				throw containsBytes(content, ENCRYPTED_PACKAGE) ? FileProblems.encrypted(name)
						: FileProblems.legacyOffice(name);
			}
			if (FilePolicy.PDF.equals(mediaType)) {
				return new Verdict(mediaType, openPdf(name, content));
			}
			if (FilePolicy.IMAGES.contains(mediaType)) {
				return new Verdict(mediaType, decodeImage(name, content));
			}
			return new Verdict(mediaType, null);
		}
		catch (IOException ex) {
			throw FileProblems.unreadable(name);
		}
	}

	private String openZip(String name, String detected, long size, Supplier<InputStream> content) throws IOException {
		long budget = this.properties.maxArchiveExpandedSize().toBytes();
		long ratioBudget = Math.max(size, 1) * this.properties.maxCompressionRatio();
		long expanded = 0;
		int entries = 0;
		boolean word = false;
		boolean sheet = false;
		boolean slides = false;
		boolean contentTypes = false;
		boolean macros = false;
		boolean encryptedOdf = false;
		byte[] buffer = new byte[8192];
		try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(content.get()))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > this.properties.maxArchiveEntries()) {
					throw FileProblems.archiveLimits(name);
				}
				String entryName = entry.getName();
				contentTypes |= entryName.equals("[Content_Types].xml");
				word |= entryName.startsWith("word/");
				sheet |= entryName.startsWith("xl/");
				slides |= entryName.startsWith("ppt/");
				macros |= entryName.endsWith("vbaProject.bin");
				boolean manifest = entryName.equals("META-INF/manifest.xml");
				StringBuilder manifestText = manifest ? new StringBuilder() : null;
				int read;
				while ((read = zip.read(buffer)) != -1) {
					expanded += read;
					if (expanded > budget || (expanded > 10 * 1024 * 1024 && expanded > ratioBudget)) {
						throw FileProblems.archiveLimits(name);
					}
					if (manifestText != null && manifestText.length() < 1_000_000) {
						manifestText.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
					}
				}
				if (manifestText != null && manifestText.indexOf("encryption-data") >= 0) {
					encryptedOdf = true;
				}
			}
		}
		catch (ZipException ex) {
			String message = String.valueOf(ex.getMessage());
			throw message.contains("encrypted") ? FileProblems.encrypted(name) : FileProblems.unreadable(name);
		}
		if (entries == 0) {
			throw FileProblems.unreadable(name);
		}
		if (encryptedOdf) {
			throw FileProblems.encrypted(name);
		}
		if (detected.startsWith("application/vnd.oasis")) {
			return detected;
		}
		if (contentTypes && macros) {
			throw FileProblems.macros(name);
		}
		if (contentTypes && word) {
			return FilePolicy.DOCX;
		}
		if (contentTypes && sheet) {
			return FilePolicy.XLSX;
		}
		if (contentTypes && slides) {
			return FilePolicy.PPTX;
		}
		throw FileProblems.archive(name);
	}

	private static boolean containsBytes(Supplier<InputStream> content, byte[] needle) throws IOException {
		try (InputStream in = new BufferedInputStream(content.get())) {
			int matched = 0;
			int b;
			while ((b = in.read()) != -1) {
				if (b == (needle[matched] & 0xff)) {
					if (++matched == needle.length) {
						return true;
					}
				}
				else {
					matched = (b == (needle[0] & 0xff)) ? 1 : 0;
				}
			}
			return false;
		}
	}

	private BufferedImage openPdf(String name, Supplier<InputStream> content) throws IOException {
		Path copy = Files.createTempFile("coop-upload-", ".pdf");
		try {
			try (InputStream in = content.get()) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			}
			try (PDDocument document = Loader.loadPDF(copy.toFile(), "", null, null,
					IOUtils.createTempFileOnlyStreamCache())) {
				if (document.isEncrypted()) {
					throw FileProblems.encrypted(name);
				}
				if (document.getNumberOfPages() == 0) {
					throw FileProblems.unreadable(name);
				}
				float width = document.getPage(0).getMediaBox().getWidth();
				float scale = (width > 0) ? this.properties.thumbnailWidth() / width : 0.5f;
				return new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
			}
			catch (InvalidPasswordException ex) {
				throw FileProblems.encrypted(name);
			}
		}
		catch (RuntimeException ex) {
			if (ex instanceof coop.platform.web.problem.ProblemException) {
				throw ex;
			}
			throw FileProblems.unreadable(name);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	private BufferedImage decodeImage(String name, Supplier<InputStream> content) throws IOException {
		try (InputStream in = content.get(); ImageInputStream images = ImageIO.createImageInputStream(in)) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(images);
			if (!readers.hasNext()) {
				// no reader for it: accepted by its signature, shown without a thumbnail
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(images, true, true);
				long width = reader.getWidth(0);
				long height = reader.getHeight(0);
				if (width <= 0 || height <= 0 || width * height > this.properties.maxImagePixels()) {
					throw FileProblems.archiveLimits(name);
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = (int) Math.max(1, width / (2L * this.properties.thumbnailWidth()));
				param.setSourceSubsampling(step, step, 0, 0);
				return reader.read(0, param);
			}
			catch (IOException | RuntimeException ex) {
				if (ex instanceof coop.platform.web.problem.ProblemException problem) {
					throw problem;
				}
				throw FileProblems.unreadable(name);
			}
			finally {
				reader.dispose();
			}
		}
	}

}
