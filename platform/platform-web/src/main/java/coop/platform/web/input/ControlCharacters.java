package coop.platform.web.input;

/**
 * Characters no text field of the platform accepts: the C0 controls but tab, line feed
 * and carriage return, DEL, the C1 controls, and lone UTF-16 surrogates. PostgreSQL
 * refuses NUL outright, and none of them is something a person types.
 */
public final class ControlCharacters {

	/** What the caller reads on the field. */
	public static final String MESSAGE = "Ce champ contient un caractère de contrôle non autorisé.";

	private ControlCharacters() {
	}

	public static boolean in(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
				return true;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return true;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

}
