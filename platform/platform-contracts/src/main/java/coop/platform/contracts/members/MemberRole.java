package coop.platform.contracts.members;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The realm role a person holds, written on the wire as the role's name in Keycloak.
 */
public enum MemberRole {

	@JsonProperty("entrepreneur")
	ENTREPRENEUR, @JsonProperty("coach")
	COACH, @JsonProperty("prescriber")
	PRESCRIBER, @JsonProperty("staff")
	STAFF;

	/** The realm role's name, as on the wire. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
