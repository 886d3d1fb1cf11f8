package coop.notification.mail;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LetterTests {

	@Test
	void oneLetterGivesTheSameWordsInTextAndInEscapedHtml() {
		OutgoingMail mail = Letter.to("Léa")
			.paragraph("Première ligne <b>", null, "Seconde ligne")
			.link("Tous les détails", "https://coopemploi.com/agenda?a=1&b=2")
			.button("Annuler mon inscription", null)
			.mail(MailKind.CONTACT_TO_TEAM, "lea@example.org", "Sujet & objet", List.of());

		assertThat(mail.text()).isEqualTo("""
				Bonjour Léa,

				Première ligne <b>
				Seconde ligne

				Tous les détails : https://coopemploi.com/agenda?a=1&b=2

				À bientôt,
				L'équipe de COOP'EMPLOI
				""");
		assertThat(mail.html()).contains("<p>Première ligne &lt;b&gt;<br>Seconde ligne</p>")
			.contains("href=\"https://coopemploi.com/agenda?a=1&amp;b=2\"")
			.contains("<title>Sujet &amp; objet</title>")
			.doesNotContain("Annuler mon inscription");
	}

	@Test
	void placesSayWhetherTheyAreOnline() {
		assertThat(Places.where("COOP'EMPLOI Seynod")).isEqualTo("Où : COOP'EMPLOI Seynod");
		assertThat(Places.where("https://visio.coopemploi.com/x"))
			.isEqualTo("En ligne : https://visio.coopemploi.com/x");
		assertThat(Places.where(null)).isNull();
	}

}
