package coop.resources.search.filetext;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Apache Tika's automatic detection and parsers (PDF, DOCX/ODT, XLSX/ODS, PPTX/ODP, RTF,
 * HTML, text…): the text of one file, cut at a number of characters. No OCR: a scanned
 * PDF gives an empty text.
 */
class TextExtractor {

	private final Parser parser = new AutoDetectParser();

	/**
	 * @throws Failure when the file cannot be read: {@link Failure#retryable()} says
	 * whether trying again may help
	 */
	Extraction extract(InputStream content, String fileName, int maxChars) throws Failure {
		Metadata metadata = new Metadata();
		if (fileName != null) {
			metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		}
		BodyContentHandler handler = new BodyContentHandler(maxChars);
		boolean truncated = false;
		try (TikaInputStream stream = TikaInputStream.get(content)) {
			this.parser.parse(stream, handler, metadata, new ParseContext());
		}
		catch (SAXException ex) {
			if (!WriteLimitReachedException.isWriteLimitReached(ex)) {
				throw new Failure("le fichier est illisible", true, ex);
			}
			truncated = true;
		}
		catch (ZeroByteFileException ex) {
			return new Extraction("", false);
		}
		catch (EncryptedDocumentException ex) {
			throw new Failure("le fichier est protégé par un mot de passe", false, ex);
		}
		catch (TikaException ex) {
			throw new Failure("le fichier est endommagé ou d'un format non reconnu", true, ex);
		}
		catch (IOException ex) {
			throw new Failure("le fichier n'a pas pu être lu", true, ex);
		}
		catch (RuntimeException | LinkageError ex) {
			// a parser's own bug on a malformed file must not stop the worker
			throw new Failure("le fichier est endommagé", true, ex);
		}
		return new Extraction(normalise(handler.toString()), truncated);
	}

	/**
	 * Runs of blank lines and spaces collapsed: the text is for searching and passages.
	 */
	static String normalise(String text) {
		return text.replace('\u00A0', ' ')
			.replaceAll("[\\t\\x0B\\f\\r ]+", " ")
			.replaceAll(" ?\\n[ \\n]*", "\n")
			.strip();
	}

	record Extraction(String text, boolean truncated) {
	}

	static class Failure extends Exception {

		private final boolean retryable;

		Failure(String reason, boolean retryable, Throwable cause) {
			super(reason, cause);
			this.retryable = retryable;
		}

		boolean retryable() {
			return this.retryable;
		}

	}

}
