package coop.resources.pages;

import java.time.Instant;
import java.util.List;

import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.messaging.cooperative.Cooperative;
import coop.resources.text.Markdown;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageTextTests {

	private static final Cooperative LAC = Cooperative.of(new CooperativeChanged("Coop <du> Lac & co", "Lac", "#1d4e89",
			null, null, new CooperativeChanged.PostalAddress("3 quai Est", "69002", "Lyon"), "bonjour@lac.example",
			null, null, null, null, null, List.of(), List.of(), Instant.EPOCH));

	@Test
	void placeholdersAreTheSettingsEscapedAndTheMailboxALink() {
		assertThat(PageText.html("{{nom}} ({{nom-court}}), {{ adresse }} : {{courriel}}. {{inconnu}}", LAC))
			.isEqualTo("<p>Coop &lt;du&gt; Lac &amp; co (Lac), 3 quai Est, 69002 Lyon : "
					+ "<a href=\"mailto:bonjour@lac.example\">bonjour@lac.example</a>. {{inconnu}}</p>");
		assertThat(PageText.plain("À propos de {{nom}}", LAC)).isEqualTo("À propos de Coop <du> Lac & co");
		// before any settings: the neutral name, and what is not known yet is left out
		assertThat(PageText.html("{{identite}} ; {{courriel}}", Cooperative.NEUTRAL))
			.isEqualTo("<p>Coopérative d'activités et d'emploi ; l'équipe</p>");
	}

	@Test
	void linksWithinTheSiteAreKeptAndScriptsNever() {
		assertThat(PageText.html("[Agenda](/agenda?kind=INFO_MEETING) [haut](#haut) [site](https://example.org)", LAC))
			.contains("href=\"/agenda?kind=INFO_MEETING\"")
			.contains("href=\"#haut\"")
			.contains("href=\"https://example.org\"");
		assertThat(PageText.html("<script>alert(1)</script>\n\n[x](javascript:alert(1))", LAC))
			.doesNotContain("<script")
			.doesNotContain("href=\"javascript");
		// the resource centre keeps its rule: only absolute links
		assertThat(Markdown.html("[Agenda](/agenda)")).doesNotContain("href");
	}

	@Test
	void everyDefaultPageReadsAndIsMarkdownThatCouldBeSaved() {
		for (String slug : DefaultPages.SLUGS) {
			DefaultPages.Default page = DefaultPages.read(slug);
			assertThat(page.content().title()).as(slug).isNotBlank().hasSizeLessThanOrEqualTo(120);
			assertThat(page.content().description()).as(slug).isNotBlank().hasSizeLessThanOrEqualTo(300);
			assertThat(Markdown.problem(page.content().body())).as(slug).isEmpty();
		}
		assertThat(DefaultPages.read("statut").menuOrder()).isEqualTo(2);
		assertThat(DefaultPages.read("mentions-legales").menuOrder()).isNull();
	}

	@Test
	void pagesWithAnAddressOfTheirOwnKeepIt() {
		assertThat(PageText.pathOf("cooperative")).isEqualTo("/cooperative");
		assertThat(PageText.pathOf("confidentialite")).isEqualTo("/confidentialite");
		assertThat(PageText.pathOf("statut")).isEqualTo("/cooperative/statut");
	}

}
