package coop.members.showcase;

/**
 * What a showcase's link leads to.
 */
public enum LinkKind {

	SHOP("Boutique en ligne"), SOCIAL("Réseau social"), OTHER("Autre site");

	private final String label;

	LinkKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
