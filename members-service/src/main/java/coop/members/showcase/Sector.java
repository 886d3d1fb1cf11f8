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

}
