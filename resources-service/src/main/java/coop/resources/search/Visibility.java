package coop.resources.search;

/**
 * Who may read a searchable thing, before its status and owner are considered.
 */
public enum Visibility {

	/** Anyone, visitors included (the public site). */
	PUBLIC("public"),
	/** Signed-in members of the cooperative: entrepreneurs, coaches, staff. */
	MEMBERS("members"),
	/** Coaches and staff (the coaches' training kit, their own Q&A space). */
	COACHES("coaches"),
	/** Its owner and the owner's coaches only. */
	PERSONAL("personal");

	private final String wire;

	Visibility(String wire) {
		this.wire = wire;
	}

	public String wire() {
		return this.wire;
	}

	/** Those visibilities in declaration order (stable filters, cached by Solr). */
	static java.util.List<Visibility> valuesInOrder(java.util.Set<Visibility> visibilities) {
		return java.util.Arrays.stream(values()).filter(visibilities::contains).toList();
	}

}
