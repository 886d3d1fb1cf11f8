package coop.members.file;

/**
 * Where an objective other than revenue stands.
 */
public enum ObjectiveStatus {

	TODO("À faire"), IN_PROGRESS("En cours"), DONE("Atteint");

	private final String label;

	ObjectiveStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
