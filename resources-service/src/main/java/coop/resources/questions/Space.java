package coop.resources.questions;

/**
 * Where a question is asked, which decides who reads it.
 */
public enum Space {

	/** Entrepreneurs, coaches and the permanent staff. */
	MEMBERS("Entre membres"),

	/** Coaches and the permanent staff only: the coaches' own exchanges. */
	COACHES("Entre accompagnateurs");

	private final String label;

	Space(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
