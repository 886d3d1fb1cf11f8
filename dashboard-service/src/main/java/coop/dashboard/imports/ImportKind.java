package coop.dashboard.imports;

/**
 * What a file holds. Each kind is replaced independently: a newer ledger replaces ledger
 * operations from its first date on, and leaves invoices and quotes alone.
 */
public enum ImportKind {

	/** Analytical general ledger (grand livre analytique) from the accounting. */
	LEDGER("grand livre analytique"),
	/** enDI's export of invoices. */
	INVOICES("export des factures"),
	/** enDI's export of quotes. */
	QUOTES("export des devis");

	private final String label;

	ImportKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
