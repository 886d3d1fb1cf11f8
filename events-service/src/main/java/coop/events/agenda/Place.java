package coop.events.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Where an event happens: an antenna's premises, another address, or online.
 */
@Embeddable
public class Place {

	public enum Kind {

		ANTENNA, ADDRESS, ONLINE

	}

	@Enumerated(EnumType.STRING)
	@Column(name = "place_kind")
	private Kind kind;

	@Column(name = "place_label")
	private String label;

	@Column(name = "place_street")
	private String street;

	@Column(name = "place_postal_code")
	private String postalCode;

	@Column(name = "place_town")
	private String town;

	@Column(name = "online_url")
	private String url;

	protected Place() {
	}

	public Place(Kind kind, String label, String street, String postalCode, String town, String url) {
		this.kind = kind;
		this.label = label;
		this.street = street;
		this.postalCode = postalCode;
		this.town = town;
		this.url = url;
	}

	public static Place online(String label, String url) {
		return new Place(Kind.ONLINE, label, null, null, null, url);
	}

	public Kind kind() {
		return this.kind;
	}

	public String label() {
		return this.label;
	}

	public String street() {
		return this.street;
	}

	public String postalCode() {
		return this.postalCode;
	}

	public String town() {
		return this.town;
	}

	public String url() {
		return this.url;
	}

	/** One-line postal address, or {@code null} online. */
	public String address() {
		if (this.kind == Kind.ONLINE) {
			return null;
		}
		return String.join(", ",
				java.util.stream.Stream.of(this.street, join(this.postalCode, this.town))
					.filter((part) -> part != null && !part.isBlank())
					.toList());
	}

	private static String join(String postalCode, String town) {
		return ((postalCode != null) ? postalCode + " " : "") + ((town != null) ? town : "");
	}

}
