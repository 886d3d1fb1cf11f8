package coop.resources.library;

/**
 * The themes the centre is organised by.
 */
public enum Theme {

	MANAGEMENT("Gestion"), SALES("Commercial"), PRODUCTION("Production"), LEGAL("Juridique"),
	COMMUNICATION("Communication"), FINANCING("Financement"), DIGITAL("Numérique"), PROJECT("Projet et parcours"),
	TEACHING("Pédagogie et accompagnement");

	private final String label;

	Theme(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
