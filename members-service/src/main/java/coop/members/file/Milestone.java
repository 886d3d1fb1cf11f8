package coop.members.file;

/**
 * The steps of an entrepreneur's journey in the cooperative, in order.
 */
public enum Milestone {

	INFORMATION_MEETING("Réunion d'information"), FIRST_INTERVIEW("Premier entretien"), CAPE_SIGNED("CAPE signé"),
	FIRST_INVOICE("Première facture"), CESA_SIGNED("CESA signé"), ASSOCIATE("Associé·e");

	private final String label;

	Milestone(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
