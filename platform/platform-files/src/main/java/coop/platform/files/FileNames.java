package coop.platform.files;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

import coop.platform.web.problem.ProblemException;

/**
 * The name a person gave a file, checked and cleaned. A path ({@code /}, {@code \},
 * {@code ..}) or a control character is refused (400, field {@code name}); characters
 * that file systems or headers dislike become {@code _}.
 */
public final class FileNames {

	public static final int MAX_LENGTH = 200;

	private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
			"lpt1", "lpt2", "lpt3");

	private FileNames() {
	}

	public static String check(String raw) {
		if (raw == null || raw.isBlank()) {
			throw ProblemException.invalid("name", "Le nom du fichier est obligatoire.");
		}
		String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
		for (int i = 0; i < name.length(); i++) {
			int type = Character.getType(name.charAt(i));
			if (type == Character.CONTROL || type == Character.FORMAT) {
				throw ProblemException.invalid("name", "Le nom du fichier contient des caractères de contrôle.");
			}
		}
		if (name.contains("/") || name.contains("\\") || name.contains("..")) {
			throw ProblemException.invalid("name",
					"Le nom du fichier ne doit pas contenir de chemin (« / », « \\ » ou « .. »).");
		}
		if (name.length() > MAX_LENGTH) {
			throw ProblemException.invalid("name",
					"Le nom du fichier ne doit pas dépasser " + MAX_LENGTH + " caractères.");
		}
		String cleaned = name.replaceAll("[<>:\"|?*;%]", "_").replaceAll("\\s+", " ").strip();
		cleaned = cleaned.replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
		if (cleaned.isEmpty()) {
			throw ProblemException.invalid("name", "Le nom du fichier est obligatoire.");
		}
		String stem = cleaned.contains(".") ? cleaned.substring(0, cleaned.indexOf('.')) : cleaned;
		if (RESERVED.contains(stem.toLowerCase(Locale.ROOT))) {
			cleaned = "_" + cleaned;
		}
		return cleaned;
	}

	/**
	 * The name with {@code extension} (".pdf") unless it already ends with one of
	 * {@code known}.
	 */
	static String withExtension(String name, String extension, java.util.List<String> known) {
		String lower = name.toLowerCase(Locale.ROOT);
		for (String candidate : known) {
			if (lower.endsWith(candidate)) {
				return name;
			}
		}
		return (extension == null || extension.isEmpty()) ? name : name + extension;
	}

}
