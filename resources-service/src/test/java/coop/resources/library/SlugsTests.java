package coop.resources.library;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void titlesBecomeReadableAddresses() {
		assertThat(Slugs.of("Fixer ses prix : la méthode en quatre étapes"))
			.isEqualTo("fixer-ses-prix-la-methode-en-quatre-etapes");
		assertThat(Slugs.of("Cœur d'œuvre — « Éco »")).isEqualTo("coeur-d-oeuvre-eco");
		assertThat(Slugs.of("!!!")).isEqualTo("ressource");
		assertThat(Slugs.of("x".repeat(200))).hasSize(Slugs.MAX);
	}

	@Test
	void theCentresOwnPagesKeepTheirAddresses() {
		assertThat(Slugs.of("Validation")).isEqualTo("validation-ressource");
		assertThat(Slugs.of("Nouvelle")).isEqualTo("nouvelle-ressource");
	}

}
