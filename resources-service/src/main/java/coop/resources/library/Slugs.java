package coop.resources.library;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable addresses made from titles: « Fixer ses prix : la méthode » →
 * {@code fixer-ses-prix-la-methode}.
 */
final class Slugs {

	static final int MAX = 80;

	private Slugs() {
	}

	static String of(String title) {
		String plain = Normalizer.normalize(title, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace("œ", "oe")
			.replace("æ", "ae")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (plain.length() > MAX) {
			plain = plain.substring(0, MAX).replaceAll("-+$", "");
		}
		return plain.isEmpty() ? "ressource" : plain;
	}

}
