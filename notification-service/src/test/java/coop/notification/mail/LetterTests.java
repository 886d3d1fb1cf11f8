package coop.notification.mail;

import java.time.Instant;
import java.util.List;

import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.messaging.cooperative.Cooperative;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LetterTests {

	@Test
	void oneLetterGivesTheSameWordsInTextAndInEscapedHtml() {
		OutgoingMail mail = Letter.to("Léa")
			.paragraph("Première ligne <b>", null, "Seconde ligne")
			.link("Tous les détails", "https://coopemploi.com/agenda?a=1&b=2")
			.button("Annuler mon inscription", null)
			.mail(MailKind.CONTACT_TO_TEAM, "lea@example.org", "Sujet & objet", List.of())
			.framed(Cooperative.of(new CooperativeChanged("Coopérative du Lac", null, "#1a5e3a", "#8a3b12", null,
					new CooperativeChanged.PostalAddress("3 rue du Port", "74000", "Annecy"), null, null, null, null,
					null, null, List.of(), List.of(), Instant.now())));

		assertThat(mail.text()).isEqualTo("""
				Bonjour Léa,

				Première ligne <b>
				Seconde ligne

				Tous les détails : https://coopemploi.com/agenda?a=1&b=2

				À bientôt,
				L'équipe de Coopérative du Lac
				""");
		assertThat(mail.html()).contains("<p>Première ligne &lt;b&gt;<br>Seconde ligne</p>")
			.contains("href=\"https://coopemploi.com/agenda?a=1&amp;b=2\"")
			.contains("<title>Sujet &amp; objet</title>")
			.contains("color:#1a5e3a\">Tous les détails</a>")
			.contains("Coopérative du Lac — 3 rue du Port, 74000 Annecy")
			.doesNotContain("<!--primary", "<!--accent")
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
