package coop.resources.library;

import coop.resources.search.Visibility;

/**
 * Who a resource is for, once validated.
 */
public enum Audience {

	/** Everyone, on the public site too. */
	PUBLIC("Tout public (aussi sur le site)", Visibility.PUBLIC),
	/** Entrepreneurs, coaches and staff of the cooperative. */
	MEMBERS("Membres de la coopérative", Visibility.MEMBERS),
	/** Coaches and staff: the coaches' training kit. */
	COACHES("Accompagnateurs (kit de formation)", Visibility.COACHES),
	/** Its owner and the owner's coach: one's own tools, never reviewed. */
	PERSONAL("Personnel (moi et mon accompagnateur)", Visibility.PERSONAL);

	private final String label;

	private final Visibility visibility;

	Audience(String label, Visibility visibility) {
		this.label = label;
		this.visibility = visibility;
	}

	public String label() {
		return this.label;
	}

	Visibility visibility() {
		return this.visibility;
	}

}
