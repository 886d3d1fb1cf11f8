package coop.members.coach;

import coop.members.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What the coach writes about themselves.
 *
 * @param consent « J'accepte que mon profil paraisse sur le site public »: without it
 * nothing of the profile is public
 */
record CoachProfileRequest(
		@NotBlank(message = "Indiquez votre spécialité.") @Size(max = 80,
				message = "80 caractères au plus.") @PlainText String speciality,
		@Size(max = 600, message = "600 caractères au plus.") @PlainText @Nullable String presentation,
		boolean consent) {
}
