package coop.members.showcase;

/**
 * Activity sectors of the entrepreneurs, with their French names.
 */
public enum Sector {

	CRAFTS("Artisanat d'art"), FURNITURE("Mobilier"), JEWELLERY("Bijoux"), CLOTHING("Vêtements et textile"),
	WEB("Services web et numérique"), CONSULTING("Conseil et formation"), FOOD("Alimentation"), WELLBEING("Bien-être"),
	SERVICES("Services aux particuliers");

	private final String label;

	Sector(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Makers and sellers (crafts, furniture, jewellery, clothing, food): up to three
	 * pages with galleries, and a local business for search engines.
	 */
	public boolean makesProducts() {
		return this == CRAFTS || this == FURNITURE || this == JEWELLERY || this == CLOTHING || this == FOOD;
	}

}
