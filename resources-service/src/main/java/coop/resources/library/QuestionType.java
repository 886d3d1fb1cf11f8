package coop.resources.library;

/**
 * What a question of an online template asks for.
 */
public enum QuestionType {

	/** A few words on one line (≤ 500 characters). */
	TEXT("Texte court"),
	/** Paragraphs (≤ 20,000 characters). */
	LONG_TEXT("Texte long"),
	/** A number, decimals allowed (« 1 250,50 »). */
	NUMBER("Nombre"),
	/** A day (yyyy-MM-dd). */
	DATE("Date"),
	/** One of the choices the template lists. */
	CHOICE("Choix dans une liste");

	private final String label;

	QuestionType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
