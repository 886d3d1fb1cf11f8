package coop.resources.pages;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import coop.resources.ResourcesProperties;
import coop.resources.search.SearchDocument;
import coop.resources.search.SearchKind;
import coop.resources.search.Status;
import coop.resources.search.Visibility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A presentation page as the search keeps it: its title without the site's name, its
 * description, the text of its main part without forms or scripts, public.
 */
class SitePagesTests {

	final SitePages pages = new SitePages(null, new ResourcesProperties("https://coopemploi.com", false),
			Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC), "http://web-ui:3000/");

	@Test
	void aPageKeepsItsTitleDescriptionAndMainText() {
		SearchDocument page = this.pages.toDocument("cooperative", "/cooperative", Jsoup.parse("""
				<html lang="fr"><head><title>La coopérative | Deux Rives</title>
				<meta property="og:site_name" content="Deux Rives">
				<meta name="description" content="Le contrat d'appui au projet d'entreprise, puis le CESA."></head>
				<body><header><nav>Accueil Agenda</nav></header>
				<main><h1>La coopérative</h1><p>Tester son activité en gardant ses droits.</p>
				<script>var x = 1;</script><form><label>Courriel</label></form></main>
				<footer>Mentions légales</footer></body></html>"""));
		assertThat(page.kind()).isEqualTo(SearchKind.PAGE);
		assertThat(page.id()).isEqualTo("page:cooperative");
		assertThat(page.title()).isEqualTo("La coopérative");
		assertThat(page.summary()).isEqualTo("Le contrat d'appui au projet d'entreprise, puis le CESA.");
		assertThat(page.body()).isEqualTo("La coopérative Tester son activité en gardant ses droits.");
		assertThat(page.url()).isEqualTo("https://coopemploi.com/cooperative");
		assertThat(page.access().visibility()).isEqualTo(Visibility.PUBLIC);
		assertThat(page.access().status()).isEqualTo(Status.PUBLISHED);
	}

	@Test
	void theSiteNameIsReadFromThePageNotWrittenHere() {
		assertThat(SitePages.withoutSiteName(
				Jsoup.parse("<title>Contact | Coop A</title><meta property=\"og:site_name\" content=\"Coop A\">")))
			.isEqualTo("Contact");
		// the home page's title holds the name without the suffix: kept whole
		assertThat(SitePages.withoutSiteName(Jsoup.parse(
				"<title>Coop A, coopérative d'activités et d'emploi</title><meta property=\"og:site_name\" content=\"Coop A\">")))
			.isEqualTo("Coop A, coopérative d'activités et d'emploi");
		assertThat(SitePages.withoutSiteName(Jsoup.parse("<title>Contact | Autre</title>")))
			.isEqualTo("Contact | Autre");
	}

	@Test
	void aPageWithoutMainTextIsNotKept() {
		assertThatThrownBy(() -> this.pages.toDocument("accueil", "/",
				Jsoup.parse("<html><head><title>Erreur</title></head><body><main> </main></body></html>")))
			.hasMessageContaining("<main>");
	}

}
