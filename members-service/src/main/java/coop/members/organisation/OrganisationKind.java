package coop.members.organisation;

/**
 * Kinds of prescriber organisations, with their French names.
 */
public enum OrganisationKind {

	PLIE("PLIE"), MISSION_LOCALE("Mission locale"), ALE("ALE"), ESPACE_GESTION("Espace gestion"), CCAS("CCAS"),
	FRANCE_TRAVAIL("France Travail"), OTHER("Autre");

	private final String label;

	OrganisationKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
