package coop.members.showcase;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable addresses made from names: « L'Atelier du Bois Flotté » →
 * {@code l-atelier-du-bois-flotte}.
 */
final class Slugs {

	static final int MAX_LENGTH = 60;

	private Slugs() {
	}

	static String of(String text, String fallback) {
		String ascii = Normalizer.normalize((text != null) ? text : "", Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace("œ", "oe")
			.replace("Œ", "oe")
			.replace("æ", "ae")
			.replace("Æ", "ae")
			.toLowerCase(Locale.ROOT);
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? fallback : slug;
	}

}
