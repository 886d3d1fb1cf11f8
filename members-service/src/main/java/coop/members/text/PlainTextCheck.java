package coop.members.text;

/**
 * The {@link PlainText} rule for text that does not come in a validated request (a query
 * parameter).
 */
public final class PlainTextCheck {

	private PlainTextCheck() {
	}

	public static boolean isPlain(String value) {
		return value == null || PlainTextValidator.isPlain(value);
	}

}
