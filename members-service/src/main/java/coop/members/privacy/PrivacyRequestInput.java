package coop.members.privacy;

import coop.platform.contracts.members.PrivacyRequested;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What staff send to start a request for a person (with an account or a visitor known by
 * their address).
 */
record PrivacyRequestInput(@NotNull(message = "Choisissez export ou effacement.") PrivacyRequested.Kind kind,
		@NotBlank(message = "Indiquez l'adresse e-mail de la personne.") @Email(
				message = "Cette adresse e-mail n'est pas valide.") @Size(max = 254,
						message = "254 caractères au plus.") String email) {

	/** A person's own erasure, confirmed. */
	record ErasureConfirmation(@NotNull(message = "Confirmez l'effacement de vos données.") @AssertTrue(
			message = "Confirmez l'effacement de vos données.") Boolean confirm) {
	}

}
