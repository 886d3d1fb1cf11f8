package coop.resources.library;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The steps of a training module the caller has done, numbered from 0.
 *
 * @param done the step numbers (in any order; each once)
 */
public record ProgressRequest(
		@NotNull(message = "Indiquez les étapes faites (une liste, vide au besoin).") @Size(max = 200,
				message = "200 étapes au plus.") List<@NotNull(message = "Un numéro d'étape manque.") @Min(value = 0,
						message = "Les étapes sont numérotées à partir de 0.") @Max(value = 199,
								message = "Ce module n'a pas autant d'étapes.") Integer> done) {
}
