package coop.resources.search;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Words or phrases that mean the same: searching one finds the others (CAPE ↔ « contrat
 * d'appui au projet d'entreprise »).
 */
public record SynonymGroup(@NotNull(message = "Indiquez les termes équivalents.") @Size(min = 2, max = 10,
		message = "Un groupe réunit de 2 à 10 termes.") List<@NotNull @Size(min = 1, max = 100,
				message = "Un terme fait de 1 à 100 caractères.") @Pattern(regexp = "[\\p{L}\\p{N}' ’\\-]+",
						message = "Un terme ne contient que des lettres, des chiffres, des espaces, des apostrophes et des tirets.") String> terms) {
}
