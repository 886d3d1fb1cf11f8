package coop.resources.library;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable addresses made from titles: « Fixer ses prix : la méthode » →
 * {@code fixer-ses-prix-la-methode}.
 */
final class Slugs {

	static final int MAX = 80;

	/** Addresses the centre's own pages take under {@code /intranet/ressources/}. */
	static final java.util.Set<String> RESERVED = java.util.Set.of("nouvelle", "validation", "mes-ressources",
			"favoris", "liste", "modeles", "outils");

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
		if (plain.isEmpty()) {
			return "ressource";
		}
		return RESERVED.contains(plain) ? plain + "-ressource" : plain;
	}

}
