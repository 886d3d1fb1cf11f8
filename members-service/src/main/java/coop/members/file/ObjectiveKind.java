package coop.members.file;

/**
 * A revenue objective has an amount (its progress comes from the figures); another one a
 * status its coach sets.
 */
public enum ObjectiveKind {

	REVENUE("Chiffre d'affaires"), OTHER("Autre objectif");

	private final String label;

	ObjectiveKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
