package coop.members.people;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The realm roles a person can hold, with their French names.
 */
public enum PersonRole {

	ENTREPRENEUR("entrepreneur", "Entrepreneur"), COACH("coach", "Accompagnateur"),
	PRESCRIBER("prescriber", "Prescripteur"), STAFF("staff", "Équipe permanente");

	private final String code;

	private final String label;

	PersonRole(String code, String label) {
		this.code = code;
		this.label = label;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	@JsonCreator
	public static PersonRole of(String code) {
		return Arrays.stream(values())
			.filter((role) -> role.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown role " + code));
	}

	static List<String> codes() {
		return Arrays.stream(values()).map(PersonRole::code).toList();
	}

}
