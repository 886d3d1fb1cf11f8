package coop.resources.library;

/**
 * What a resource of the centre is.
 */
public enum ResourceKind {

	/** An ordered sequence of contents and exercises, used in workshops and alone. */
	TRAINING("Module de formation"),
	/** A question to work on, with a correction shown after an attempt. */
	EXERCISE("Exercice"),
	/** Documentation of a sector of activity. */
	SECTOR_GUIDE("Documentation sectorielle"),
	/** A guide, a fact sheet, a procedure. */
	DOCUMENT("Document"),
	/** A preselected site. */
	LINK("Site sélectionné"),
	/** A tool or model to take into one's own space and fill in. */
	TEMPLATE("Outil et modèle"),
	/** Video, audio or slides played in the page. */
	MULTIMEDIA("Vidéo et audio");

	private final String label;

	ResourceKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
