package coop.events.agenda;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A place as forms send it.
 *
 * @param url the link of an online event (https only)
 */
public record PlaceInput(@NotNull(message = "Choisissez le type de lieu.") Place.Kind kind,
		@NotBlank(message = "Indiquez le nom du lieu.") @Size(max = 200,
				message = "200 caractères au plus.") String label,
		@Size(max = 200) String street, @Size(max = 10) String postalCode, @Size(max = 100) String town,
		@Size(max = 500) @Pattern(regexp = "^https://\\S+$",
				message = "Le lien doit commencer par https://.") String url) {

	public Place toPlace() {
		return new Place(this.kind, this.label.trim(), blankToNull(this.street), blankToNull(this.postalCode),
				blankToNull(this.town), blankToNull(this.url));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
