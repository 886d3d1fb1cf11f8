package coop.resources.search.filetext;

/**
 * Where the extraction of a file's text stands.
 */
public enum FileTextState {

	/** Waiting for the extraction worker. */
	PENDING,
	/** The text is searchable. */
	EXTRACTED,
	/**
	 * Read without error but holds no text (a scanned PDF, an image): « texte non extrait
	 * ».
	 */
	NO_TEXT,
	/**
	 * The last attempt failed (broken, protected, too large, too slow); retried later
	 * unless final.
	 */
	FAILED

}
