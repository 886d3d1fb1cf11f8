package coop.resources.library;

/**
 * Sectors of activity of the cooperative's entrepreneurs (the same codes and names as
 * members-service's showcases, so that a resource and a showcase share a facet).
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
