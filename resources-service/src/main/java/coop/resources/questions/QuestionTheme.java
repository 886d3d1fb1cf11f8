package coop.resources.questions;

/**
 * What a question is about (facet {@code theme} of the search, filter of the list).
 */
public enum QuestionTheme {

	GESTION("Gestion et finances"), COMMERCIAL("Commercial et communication"), JURIDIQUE("Juridique et statut"),
	METIER("Métier et production"), NUMERIQUE("Outils numériques"), COOPERATIVE("Vie de la coopérative"),
	AUTRE("Autre");

	private final String label;

	QuestionTheme(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
