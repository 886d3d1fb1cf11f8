package coop.members.antenna;

import coop.members.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What staff type about an antenna.
 *
 * @param name its name as people read it (usually the town), unique
 * @param street street and number of its premises
 * @param postalCode five digits
 * @param town the town of its premises
 * @param openingHours when it is open, free text
 */
public record AntennaRequest(
		@NotBlank(message = "Indiquez le nom de l'antenne.") @Size(max = 80) @PlainText String name,
		@Nullable @Size(max = 200) @PlainText String street,
		@NotBlank(message = "Indiquez le code postal.") @Pattern(regexp = "\\d{5}",
				message = "Le code postal a cinq chiffres.") String postalCode,
		@NotBlank(message = "Indiquez la commune.") @Size(max = 100) @PlainText String town,
		@Nullable @Size(max = 500) @PlainText String openingHours) {
}
