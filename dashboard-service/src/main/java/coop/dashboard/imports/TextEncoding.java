package coop.dashboard.imports;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guesses the encoding of an accounting text export from its first bytes. Accounting
 * software writes ISO-8859-15 (newer generic exports), Windows-1252 (older ones) or
 * UTF-8. The two single-byte encodings differ mostly in 0x80–0x9F, which are control
 * characters in ISO-8859-15 and printable (€, œ, quotes…) in Windows-1252.
 */
final class TextEncoding {

	static final Charset ISO_8859_15 = Charset.forName("ISO-8859-15");

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextEncoding() {
	}

	/**
	 * @param sample the first bytes of the file (a multi-byte character may be cut at its
	 * end)
	 * @return the encoding, or {@code null} when the bytes are not text in any of the
	 * three (binary file, UTF-16)
	 */
	static Charset detect(byte[] sample, int length) {
		if (length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
			return StandardCharsets.UTF_8;
		}
		boolean ascii = true;
		boolean c1 = false;
		for (int i = 0; i < length; i++) {
			int b = sample[i] & 0xFF;
			if (b == 0 || (b < 0x20 && b != '\t' && b != '\r' && b != '\n' && b != 0x0C)) {
				return null;
			}
			if (b >= 0x80) {
				ascii = false;
				c1 |= b <= 0x9F;
			}
		}
		if (ascii) {
			return ISO_8859_15;
		}
		if (isUtf8(sample, length)) {
			return StandardCharsets.UTF_8;
		}
		return c1 ? WINDOWS_1252 : ISO_8859_15;
	}

	private static boolean isUtf8(byte[] sample, int length) {
		// a character cut by the end of the sample must not make UTF-8 look invalid
		int end = length;
		for (int back = 1; back <= 3 && end - back >= 0; back++) {
			int b = sample[end - back] & 0xFF;
			if ((b & 0xC0) == 0xC0) {
				end = end - back;
				break;
			}
			if ((b & 0xC0) != 0x80) {
				break;
			}
		}
		try {
			strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(sample, 0, end));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/**
	 * A decoder that stops at a byte that is not text in that encoding, instead of
	 * putting a replacement character in its place.
	 */
	static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	/** Lines of text read with a strict decoder. */
	static BufferedReader strictReader(InputStream input, Charset charset) {
		return new BufferedReader(new InputStreamReader(input, strict(charset)), 1 << 16);
	}

	static String label(Charset charset) {
		if (charset.equals(WINDOWS_1252)) {
			return "Windows-1252";
		}
		return charset.equals(ISO_8859_15) ? "ISO-8859-15" : "UTF-8";
	}

}
