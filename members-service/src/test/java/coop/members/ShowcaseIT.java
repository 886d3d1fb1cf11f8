package coop.members;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import coop.members.showcase.Sector;
import coop.members.showcase.ShowcaseContent;
import coop.members.showcase.ShowcaseService;
import coop.members.showcase.Showcases;
import coop.platform.contracts.members.AccountDeactivated;
import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.Eventually;
import coop.platform.test.SampleFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Showcases with real tokens: Marie writes hers and submits it, Lucas (her coach)
 * validates or rejects it with a reason, the published version stays online while a new
 * one waits; a renamed showcase answers its old address with a 301; pictures are checked,
 * stripped of their metadata and served in widths and formats; only the owner, their
 * coach and staff see a draft; bad input is refused in French with nothing stored;
 * visitors write through the showcase within limits; a deactivated account's showcase
 * leaves the site.
 */
class ShowcaseIT extends WithRealServers {

	static final String MINE = "/api/members/me/showcase";

	static final String PUBLIC = "/api/members/public/showcases/";

	@Autowired
	Showcases showcases;

	@Autowired
	ShowcaseService showcaseService;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	BrokerPublisher publisher;

	@BeforeEach
	void noShowcase() {
		this.showcases.deleteAll();
		this.mongo.getCollection("showcase_messages").deleteMany(new org.bson.Document());
		this.mongo.getCollection("files.files").deleteMany(new org.bson.Document());
		this.mongo.getCollection("files.chunks").deleteMany(new org.bson.Document());
	}

	static Map<String, Object> showcase(String businessName, Sector sector, List<Map<String, Object>> pages) {
		Map<String, Object> body = new HashMap<>();
		body.put("businessName", businessName);
		body.put("tagline", "Bijoux en argent recyclé, façonnés à la main");
		body.put("sector", sector.name());
		body.put("town", "Seynod");
		body.put("townsServed", List.of("Annecy", "Rumilly"));
		body.put("website", "https://mariedbijoux.example");
		body.put("links", List.of(Map.of("kind", "SHOP", "label", "Ma boutique Etsy", "url",
				"https://www.etsy.example/shop/mariedbijoux")));
		body.put("contactEmail", "contact@mariedbijoux.example");
		body.put("contactForm", true);
		body.put("pages", pages);
		return body;
	}

	static Map<String, Object> page(String title, String body) {
		Map<String, Object> page = new HashMap<>();
		page.put("title", title);
		page.put("body", body);
		page.put("offers", List.of(Map.of("name", "Bague Lac", "description", "Argent recyclé", "price", "45"),
				Map.of("name", "Bague de fiançailles sur mesure")));
		return page;
	}

	static Map<String, Object> marie() {
		return showcase("Marie D. Bijoux", Sector.JEWELLERY,
				List.of(page("Présentation",
						"Je crée des **bijoux** en argent recyclé.\n\n## Mon atelier\n\nÀ Seynod."),
						page("Collections", "La collection *Lac*.")));
	}

	/**
	 * The messages of that probe that tell of what happened since {@code start}, each
	 * once: a document outbox may publish an earlier message again (its consumers
	 * deduplicate), which a probe sees too.
	 */
	static List<MessageEnvelope> since(Probe probe, Instant start, int count) {
		List<MessageEnvelope> fresh = new ArrayList<>();
		java.util.Set<UUID> seen = new java.util.HashSet<>();
		Instant deadline = Instant.now().plusSeconds(20);
		while (fresh.size() < count && Instant.now().isBefore(deadline)) {
			for (MessageEnvelope envelope : probe.await(1, java.time.Duration.ofSeconds(1))) {
				if (!envelope.occurredAt().isBefore(start) && seen.add(envelope.eventId())) {
					fresh.add(envelope);
				}
			}
		}
		return fresh;
	}

	String idOfMarie() {
		return as("marie.entrepreneur", HttpMethod.GET, MINE, null).expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.path("id")
			.asString();
	}

	@Test
	void marieWritesLucasValidatesAndThePublishedVersionStaysWhileChangesWait() {
		as("marie.entrepreneur", HttpMethod.GET, MINE, null).expectStatus().isNotFound();
		as("marie.entrepreneur", HttpMethod.PUT, MINE, marie()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("DRAFT")
			.jsonPath("$.stateLabel")
			.isEqualTo("brouillon")
			.jsonPath("$.slug")
			.isEqualTo("marie-d-bijoux")
			.jsonPath("$.preview.pages[0].html")
			.value(String.class,
					(html) -> assertThat(html).contains("<strong>bijoux</strong>").contains("<h3>Mon atelier</h3>"))
			.jsonPath("$.preview.pages[1].slug")
			.isEqualTo("collections")
			.jsonPath("$.preview.pages[0].offers[0].price")
			.isEqualTo("45.00")
			.jsonPath("$.can.submit")
			.isEqualTo(true);
		String id = idOfMarie();
		// not public before validation
		as(null, HttpMethod.GET, PUBLIC + "marie-d-bijoux", null).expectStatus().isNotFound();

		Instant startSubmitted = Instant.now();
		try (Probe submitted = probe("members.showcase.submitted")) {
			as("marie.entrepreneur", HttpMethod.POST, MINE + "/submit", null).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.state")
				.isEqualTo("SUBMITTED")
				.jsonPath("$.can.edit")
				.isEqualTo(false);
			JsonNode payload = since(submitted, startSubmitted, 1).get(0).payload();
			assertThat(payload.path("owner").path("email").asString()).isEqualTo("marie.dupont@demo.coopemploi.test");
			assertThat(payload.path("reviewers").get(0).path("subject").asString()).isEqualTo(LUCAS);
			assertThat(payload.path("online").asBoolean()).isFalse();
			assertThat(payload.path("reviewUrl").asString()).endsWith("/intranet/vitrines/" + id);
		}
		// a version under review does not change
		as("marie.entrepreneur", HttpMethod.PUT, MINE, marie()).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/moderation-state");
		// Marie cannot validate her own; Lucas sees it waiting
		as("marie.entrepreneur", HttpMethod.POST, "/api/members/showcases/" + id + "/validate", null).expectStatus()
			.isForbidden();
		as("lucas.coach", HttpMethod.GET, "/api/members/showcases/reviews", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].id")
			.isEqualTo(id)
			.jsonPath("$[0].ownerName")
			.isEqualTo("Marie Dupont");

		Instant startPublished = Instant.now();
		try (Probe published = probe("members.showcase.*")) {
			as("lucas.coach", HttpMethod.POST, "/api/members/showcases/" + id + "/validate", null).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.state")
				.isEqualTo("VALIDATED")
				.jsonPath("$.online")
				.isEqualTo(true)
				.jsonPath("$.history[0].label")
				.isEqualTo("Validée et publiée")
				.jsonPath("$.history[0].actorName")
				.isEqualTo("Lucas Favre");
			List<MessageEnvelope> messages = since(published, startPublished, 2);
			assertThat(messages).extracting(MessageEnvelope::type)
				.containsExactly("members.showcase.published", "members.showcase.validated");
			assertThat(messages.get(0).payload().path("pageUrl").asString()).endsWith("/entrepreneurs/marie-d-bijoux");
			assertThat(messages.get(0).payload().path("pages").get(0).path("body").asString())
				.isEqualTo("Je crée des bijoux en argent recyclé.\nMon atelier\nÀ Seynod.");
			assertThat(messages.get(1).payload().path("firstPublication").asBoolean()).isTrue();
		}
		as(null, HttpMethod.GET, PUBLIC + "marie-d-bijoux", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.businessName")
			.isEqualTo("Marie D. Bijoux")
			.jsonPath("$.pages[0].html")
			.value(String.class, (html) -> assertThat(html).contains("<strong>bijoux</strong>"))
			.jsonPath("$.links[0].kindLabel")
			.isEqualTo("Boutique en ligne")
			.jsonPath("$.contactForm")
			.isEqualTo(true)
			.jsonPath("$.updatedAt")
			.exists();
		as(null, HttpMethod.GET, "/api/members/public/showcases?town=Rumilly", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(1)
			.jsonPath("$.items[0].pages")
			.doesNotExist();
		as(null, HttpMethod.GET, "/api/members/public/showcases?town=Cluses", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(0);
		// the sitemap: every page, dated by the showcase's last change (its lastmod), as
		// the page says it
		String updatedAt = as(null, HttpMethod.GET, PUBLIC + "marie-d-bijoux", null).expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.path("updatedAt")
			.asString();
		assertThat(Instant.parse(updatedAt)).isAfterOrEqualTo(startPublished.minusSeconds(1));
		as(null, HttpMethod.GET, PUBLIC + "sitemap", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].slug")
			.isEqualTo("marie-d-bijoux")
			.jsonPath("$[0].pages[1]")
			.isEqualTo("collections")
			.jsonPath("$[0].updatedAt")
			.isEqualTo(updatedAt);

		// a new version waits while the published one stays online
		Map<String, Object> changed = marie();
		changed.put("tagline", "Nouvelle accroche en attente");
		as("marie.entrepreneur", HttpMethod.PUT, MINE, changed).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("DRAFT")
			.jsonPath("$.version")
			.isEqualTo(2)
			.jsonPath("$.online")
			.isEqualTo(true)
			.jsonPath("$.pendingChanges")
			.isEqualTo(true);
		as("marie.entrepreneur", HttpMethod.POST, MINE + "/submit", null).expectStatus().isOk();
		as("lucas.coach", HttpMethod.POST, "/api/members/showcases/" + id + "/reject", Map.of("reason", " "))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("reason");
		Instant startRejected = Instant.now();
		try (Probe rejected = probe("members.showcase.rejected")) {
			as("lucas.coach", HttpMethod.POST, "/api/members/showcases/" + id + "/reject",
					Map.of("reason", "Précisez vos délais de fabrication."))
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.state")
				.isEqualTo("REJECTED")
				.jsonPath("$.reason")
				.isEqualTo("Précisez vos délais de fabrication.");
			JsonNode payload = since(rejected, startRejected, 1).get(0).payload();
			assertThat(payload.path("reason").asString()).isEqualTo("Précisez vos délais de fabrication.");
			assertThat(payload.path("reviewerName").asString()).isEqualTo("Lucas Favre");
			assertThat(payload.path("editUrl").asString()).endsWith("/intranet/ma-vitrine");
		}
		as(null, HttpMethod.GET, PUBLIC + "marie-d-bijoux", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.tagline")
			.isEqualTo("Bijoux en argent recyclé, façonnés à la main");

		// Marie takes it offline: it leaves the site and the search index
		Instant startWithdrawn = Instant.now();
		try (Probe withdrawn = probe("members.showcase.withdrawn")) {
			as("marie.entrepreneur", HttpMethod.POST, MINE + "/unpublish", Map.of("confirm", true)).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.online")
				.isEqualTo(false);
			assertThat(since(withdrawn, startWithdrawn, 1).get(0).payload().path("slug").asString())
				.isEqualTo("marie-d-bijoux");
		}
		as(null, HttpMethod.GET, PUBLIC + "marie-d-bijoux", null).expectStatus().isNotFound();
	}

	@Autowired
	coop.members.showcase.ShowcaseUpgrade upgrade;

	@Test
	void aShowcaseStoredBeforeModerationStaysOnlineAndItsOwnerCanEditIt() {
		// as the platform stored it before showcases were moderated: one document of
		// fields
		// and pages
		this.mongo.getCollection("showcases")
			.insertOne(new org.bson.Document("slug", "bijoux-marie-dupont").append("ownerSubject", MARIE)
				.append("displayName", "Marie Dupont")
				.append("businessName", "Marie D. Bijoux")
				.append("sector", "JEWELLERY")
				.append("tagline", "Bijoux en argent recyclé")
				.append("town", "Seynod")
				.append("antenna", "seynod")
				.append("pages",
						List.of(new org.bson.Document("slug", "accueil").append("title", "Accueil")
							.append("body", "Des **bijoux** faits main.")))
				.append("published", true));
		assertThat(this.upgrade.upgrade()).isEqualTo(1);
		assertThat(this.upgrade.upgrade()).as("done once").isZero();
		as(null, HttpMethod.GET, PUBLIC + "bijoux-marie-dupont", null).expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.value((page) -> assertThat(page.toString()).contains("Marie D. Bijoux"));
		as("marie.entrepreneur", HttpMethod.GET, MINE, null).expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.value((mine) -> assertThat(mine.toString()).contains("Marie D. Bijoux"));
	}

	@Test
	void aRenamedShowcaseAnswersItsOldAddressWithAPermanentRedirection() throws Exception {
		String id = publishMarie(marie());
		Map<String, Object> renamed = marie();
		renamed.put("businessName", "Atelier Marie Bijoux");
		as("marie.entrepreneur", HttpMethod.PUT, MINE, renamed).expectStatus().isOk();
		as("marie.entrepreneur", HttpMethod.POST, MINE + "/submit", null).expectStatus().isOk();
		Instant startMessages = Instant.now();
		try (Probe messages = probe("members.showcase.*")) {
			as("lucas.coach", HttpMethod.POST, "/api/members/showcases/" + id + "/validate", null).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.slug")
				.isEqualTo("atelier-marie-bijoux");
			List<MessageEnvelope> received = since(messages, startMessages, 3);
			assertThat(received).extracting(MessageEnvelope::type)
				.containsExactly("members.showcase.withdrawn", "members.showcase.published",
						"members.showcase.validated");
			assertThat(received.get(0).payload().path("slug").asString()).isEqualTo("marie-d-bijoux");
			assertThat(received.get(2).payload().path("firstPublication").asBoolean()).isFalse();
		}
		// as a browser or a search engine sees it, without following
		java.net.http.HttpResponse<String> moved = java.net.http.HttpClient.newBuilder()
			.followRedirects(java.net.http.HttpClient.Redirect.NEVER)
			.connectTimeout(java.time.Duration.ofSeconds(5))
			.build()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + PUBLIC + "marie-d-bijoux"))
				.timeout(java.time.Duration.ofSeconds(10))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(moved.statusCode()).isEqualTo(301);
		assertThat(moved.headers().firstValue("Location"))
			.contains("/api/members/public/showcases/atelier-marie-bijoux");
		as(null, HttpMethod.GET, PUBLIC + "atelier-marie-bijoux", null).expectStatus().isOk();
	}

	String publishMarie(Map<String, Object> content) {
		as("marie.entrepreneur", HttpMethod.PUT, MINE, content).expectStatus().isOk();
		as("marie.entrepreneur", HttpMethod.POST, MINE + "/submit", null).expectStatus().isOk();
		String id = idOfMarie();
		as("lucas.coach", HttpMethod.POST, "/api/members/showcases/" + id + "/validate", null).expectStatus().isOk();
		return id;
	}

	RestTestClient.ResponseSpec upload(String username, String uri, byte[] bytes, MediaType type) {
		return this.client.post()
			.uri(uri)
			.header("Authorization", "Bearer " + keycloak.accessToken(username))
			.contentType(type)
			.body(bytes)
			.exchange();
	}

	long storedFiles() {
		return this.mongo.getCollection("files.files").countDocuments()
				+ this.mongo.getCollection("files.chunks").countDocuments();
	}

	@Test
	void picturesAreCheckedStrippedResizedAndShownOnlyOnceOnline() {
		as("marie.entrepreneur", HttpMethod.PUT, MINE, marie()).expectStatus().isOk();
		String id = idOfMarie();
		JsonNode draft = upload("marie.entrepreneur", MINE + "/pages/0/images?name=atelier.jpg",
				SampleFiles.jpegWithGps(1200, 800, 1), MediaType.IMAGE_JPEG)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		JsonNode picture = draft.path("preview").path("pages").get(0).path("images").get(0);
		assertThat(picture.path("alt").asString()).isEmpty();
		assertThat(picture.path("width").asInt()).isEqualTo(1200);
		assertThat(picture.path("srcset").asString()).contains("/320.webp 320w")
			.contains("/960.webp 960w")
			.contains("/1200.webp 1200w");
		assertThat(picture.path("fallbackType").asString()).isEqualTo("image/jpeg");
		assertThat(draft.path("missing").toString()).contains("Décrivez la photo n° 1");
		String imageId = picture.path("id").asString();

		// the preview shows it to Marie and Lucas; the public address does not before
		// validation
		this.client.get()
			.uri("/api/members/showcases/" + id + "/images/" + imageId + "/640.webp")
			.header("Authorization", "Bearer " + keycloak.accessToken("lucas.coach"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("image/webp");
		this.client.get()
			.uri("/api/members/showcases/" + id + "/images/" + imageId + "/640.webp")
			.header("Authorization", "Bearer " + keycloak.accessToken("theo.entrepreneur"))
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.get()
			.uri("/api/members/public/showcase-images/" + imageId + "/640.webp")
			.exchange()
			.expectStatus()
			.isNotFound();

		// no alternative text, no submission
		as("marie.entrepreneur", HttpMethod.POST, MINE + "/submit", null).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("pages[0].images[0].alt");

		// what is not an image is refused, and nothing stays
		long before = storedFiles();
		upload("marie.entrepreneur", MINE + "/pages/0/images?name=photo.jpg",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), MediaType.IMAGE_JPEG)
			.expectStatus()
			.isEqualTo(415)
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains("PNG, JPEG"));
		upload("marie.entrepreneur", MINE + "/pages/0/images?name=photo.png", SampleFiles.truncatedPng(),
				MediaType.IMAGE_PNG)
			.expectStatus()
			.isBadRequest();
		assertThat(storedFiles()).isEqualTo(before);

		// Marie writes the alternative text and the page goes online with it
		Map<String, Object> content = marie();
		@SuppressWarnings("unchecked")
		Map<String, Object> first = new HashMap<>(((List<Map<String, Object>>) content.get("pages")).get(0));
		first.put("images", List.of(Map.of("imageId", imageId, "alt", "L'établi de l'atelier")));
		content.put("pages", List.of(first, ((List<?>) content.get("pages")).get(1)));
		publishMarieAgain(content, id);
		byte[] jpeg = this.client.get()
			.uri("/api/members/public/showcase-images/" + imageId + "/640.jpg")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("image/jpeg")
			.expectHeader()
			.value("Cache-Control", (cache) -> assertThat(cache).contains("public").contains("immutable"))
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		// written again from the pixels: no EXIF block, so no GPS position
		assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
		as(null, HttpMethod.GET, PUBLIC + "marie-d-bijoux", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.pages[0].images[0].alt")
			.isEqualTo("L'établi de l'atelier")
			.jsonPath("$.pages[0].images[0].src")
			.isEqualTo("/api/members/public/showcase-images/" + imageId + "/960.jpg")
			.jsonPath("$.cover.id")
			.isEqualTo(imageId);

		// removing the picture from the page deletes its files once no version shows it
		Map<String, Object> without = marie();
		as("marie.entrepreneur", HttpMethod.PUT, MINE, without).expectStatus().isOk();
		long withPicture = storedFiles();
		publishMarieAgain(without, id);
		assertThat(storedFiles()).isLessThan(withPicture).isZero();
	}

	void publishMarieAgain(Map<String, Object> content, String id) {
		as("marie.entrepreneur", HttpMethod.PUT, MINE, content).expectStatus().isOk();
		as("marie.entrepreneur", HttpMethod.POST, MINE + "/submit", null).expectStatus().isOk();
		as("lucas.coach", HttpMethod.POST, "/api/members/showcases/" + id + "/validate", null).expectStatus().isOk();
	}

	@Test
	void aDraftIsSeenByItsOwnerTheirCoachAndStaffOfTheirAntennaOnly() {
		as("marie.entrepreneur", HttpMethod.PUT, MINE, marie()).expectStatus().isOk();
		String id = idOfMarie();
		for (String reader : List.of("marie.entrepreneur", "lucas.coach", "camille.staff")) {
			as(reader, HttpMethod.GET, "/api/members/showcases/" + id, null).expectStatus().isOk();
		}
		for (String stranger : List.of("theo.entrepreneur", "ines.coach", "nadia.staff")) {
			as(stranger, HttpMethod.GET, "/api/members/showcases/" + id, null).expectStatus().isNotFound();
		}
		as("sophie.prescriber", HttpMethod.GET, "/api/members/showcases/" + id, null).expectStatus().isForbidden();
		as(null, HttpMethod.GET, "/api/members/showcases/" + id, null).expectStatus().isUnauthorized();
		as(null, HttpMethod.PUT, MINE, marie()).expectStatus().isUnauthorized();
		as("lucas.coach", HttpMethod.PUT, MINE, marie()).expectStatus().isForbidden();
		as("marie.entrepreneur", HttpMethod.POST, MINE + "/submit", null).expectStatus().isOk();
		// Inès follows Théo, not Marie
		as("ines.coach", HttpMethod.POST, "/api/members/showcases/" + id + "/validate", null).expectStatus()
			.isNotFound();
		as("ines.coach", HttpMethod.GET, "/api/members/showcases/reviews", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(0);
		as("theo.entrepreneur", HttpMethod.GET, "/api/members/showcases/reviews", null).expectStatus().isForbidden();
	}

	@Test
	void badInputIsExplainedInFrenchAndNothingIsStored() {
		List<Map<String, Object>> attempts = new ArrayList<>();
		Map<String, Object> script = marie();
		script.put("tagline", "<script>alert(1)</script>");
		attempts.add(script);
		Map<String, Object> jsLink = marie();
		jsLink.put("links", List.of(Map.of("kind", "SOCIAL", "label", "Moi", "url", "javascript:alert(1)")));
		attempts.add(jsLink);
		attempts.add(showcase("Marie D. Bijoux", Sector.JEWELLERY,
				List.of(page("Présentation", "[clic](javascript:alert(1))"))));
		attempts.add(showcase("Marie D. Bijoux", Sector.JEWELLERY,
				List.of(page("Présentation", "<img src=x onerror=alert(1)>"))));
		attempts
			.add(showcase("Marie D. Bijoux", Sector.JEWELLERY, List.of(page("Présentation", "x".repeat(1024 * 1024)))));
		attempts.add(showcase("Marie D. Bijoux", Sector.JEWELLERY,
				List.of(page("Un", "a"), page("Deux", "b"), page("Trois", "c"), page("Quatre", "d"))));
		attempts.add(showcase("Conseil Marie", Sector.CONSULTING, List.of(page("Un", "a"), page("Deux", "b"))));
		Map<String, Object> fifty = page("Présentation", "Texte");
		List<Map<String, Object>> images = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			images.add(Map.of("imageId", UUID.randomUUID().toString(), "alt", "Photo " + i));
		}
		fifty.put("images", images);
		attempts.add(showcase("Marie D. Bijoux", Sector.JEWELLERY, List.of(fifty)));
		Map<String, Object> unknownImage = page("Présentation", "Texte");
		unknownImage.put("images", List.of(Map.of("imageId", "not-mine", "alt", "Photo")));
		attempts.add(showcase("Marie D. Bijoux", Sector.JEWELLERY, List.of(unknownImage)));
		for (Map<String, Object> attempt : attempts) {
			as("marie.entrepreneur", HttpMethod.PUT, MINE, attempt).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://coopemploi.com/problems/validation")
				.jsonPath("$.errors[0].message")
				.value(String.class, (message) -> assertThat(message).isNotBlank().doesNotContain("must"));
		}
		assertThat(this.showcases.count()).isZero();

		// the Markdown that passes is rendered safe anyway
		as("marie.entrepreneur", HttpMethod.PUT, MINE,
				showcase("Marie D. Bijoux", Sector.JEWELLERY,
						List.of(page("Présentation", "[site](https://example.org) et [mail](mailto:a@example.org)"))))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.preview.pages[0].html")
			.value(String.class,
					(html) -> assertThat(html).contains("href=\"https://example.org\"")
						.contains("rel=\"nofollow noopener\"")
						.doesNotContain("<script"));
		// a thirteenth picture on a page is refused before anything is stored
		for (int i = 0; i < 12; i++) {
			upload("marie.entrepreneur", MINE + "/pages/0/images?name=p" + i + ".png&alt=Photo",
					SampleFiles.png(40, 30), MediaType.IMAGE_PNG)
				.expectStatus()
				.isOk();
		}
		long files = storedFiles();
		upload("marie.entrepreneur", MINE + "/pages/0/images?name=p13.png&alt=Photo", SampleFiles.png(40, 30),
				MediaType.IMAGE_PNG)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value(String.class, (message) -> assertThat(message).contains("12 photos au plus"));
		assertThat(storedFiles()).isEqualTo(files);
	}

	@Test
	void visitorsWriteThroughTheShowcaseWithinLimits() {
		publishMarie(marie());
		Map<String, Object> message = new HashMap<>(Map.of("name", "Léa Perrin", "email", "lea.perrin@example.org",
				"message", "Bonjour, faites-vous des bagues sur mesure ?", "consent", true, "consentVersion", 1));
		Instant startContacted = Instant.now();
		try (Probe contacted = probe("members.showcase.contacted")) {
			as(null, HttpMethod.POST, PUBLIC + "marie-d-bijoux/messages", message).expectStatus()
				.isAccepted()
				.expectBody()
				.jsonPath("$.message")
				.value(String.class, (text) -> assertThat(text).contains("Marie D. Bijoux"));
			JsonNode payload = since(contacted, startContacted, 1).get(0).payload();
			assertThat(payload.path("entrepreneur").path("email").asString())
				.isEqualTo("marie.dupont@demo.coopemploi.test");
			assertThat(payload.path("visitorEmail").asString()).isEqualTo("lea.perrin@example.org");
			assertThat(payload.path("pageUrl").asString()).endsWith("/entrepreneurs/marie-d-bijoux");
		}
		// the message itself is not kept once it left
		Eventually.await(() -> this.mongo.getCollection("showcase_messages").find().first(),
				(doc) -> doc != null && ((List<?>) doc.get("outbox")).isEmpty(), java.time.Duration.ofSeconds(20));
		assertThat(this.mongo.getCollection("showcase_messages").find().first().toJson()).doesNotContain("Léa")
			.doesNotContain("bagues");
		// the consent text's version the visitor agreed to stays with the trace
		assertThat(this.mongo.getCollection("showcase_messages").find().first().get("consentVersion")).isEqualTo(1);

		Map<String, Object> robot = new HashMap<>(message);
		robot.put("honeypot", "http://spam.example");
		as(null, HttpMethod.POST, PUBLIC + "marie-d-bijoux/messages", robot).expectStatus().isBadRequest();
		Map<String, Object> noConsent = new HashMap<>(message);
		noConsent.put("consent", false);
		as(null, HttpMethod.POST, PUBLIC + "marie-d-bijoux/messages", noConsent).expectStatus().isBadRequest();
		as(null, HttpMethod.POST, PUBLIC + "marie-d-bijoux/messages", message).expectStatus().isAccepted();
		as(null, HttpMethod.POST, PUBLIC + "marie-d-bijoux/messages", message).expectStatus().isAccepted();
		as(null, HttpMethod.POST, PUBLIC + "marie-d-bijoux/messages", message).expectStatus()
			.isEqualTo(429)
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains("réessayez demain"));
		as(null, HttpMethod.POST, PUBLIC + "nobody/messages", message).expectStatus().isNotFound();
	}

	@Test
	void aMessageAgreedToAConsentTextNoLongerInForceIsRefusedAndNothingIsKeptOrSent() {
		publishMarie(marie());
		consents.putInForce("SHOWCASE_MESSAGE", 2);
		try {
			Map<String, Object> message = new HashMap<>(Map.of("name", "Léa Perrin", "email", "lea.perrin@example.org",
					"message", "Bonjour, faites-vous des bagues sur mesure ?", "consent", true, "consentVersion", 1));
			as(null, HttpMethod.POST, PUBLIC + "marie-d-bijoux/messages", message).expectStatus()
				.isEqualTo(409)
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://coopemploi.com/problems/consent-changed")
				.jsonPath("$.detail")
				.isEqualTo(
						"Le texte de consentement a changé depuis l'ouverture de la page. Relisez-le puis validez à nouveau.");
			message.remove("consentVersion");
			as(null, HttpMethod.POST, PUBLIC + "marie-d-bijoux/messages", message).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("consentVersion");
			// neither the trace nor the message (which leaves from the trace's outbox)
			assertThat(this.mongo.getCollection("showcase_messages").countDocuments()).isZero();

			message.put("consentVersion", 2);
			as(null, HttpMethod.POST, PUBLIC + "marie-d-bijoux/messages", message).expectStatus().isAccepted();
			assertThat(this.mongo.getCollection("showcase_messages").find().first().get("consentVersion")).isEqualTo(2);
		}
		finally {
			consents.putInForce("SHOWCASE_MESSAGE", 1);
		}
	}

	@Test
	void aDeactivatedAccountsShowcaseLeavesTheSite() {
		String subject = UUID.randomUUID().toString();
		this.showcaseService
			.publishDemo("zoe-ceramique", subject, "Zoé Blanc", "seynod", new ShowcaseContent("Zoé Céramique",
					"Bols et tasses", Sector.CRAFTS, "Annecy", List.of(), null, List.of(), null, null, true, null,
					List.of(new ShowcaseContent.Page("presentation", "Présentation", "Texte", List.of(), List.of()))));
		as(null, HttpMethod.GET, PUBLIC + "zoe-ceramique", null).expectStatus().isOk();
		Instant startWithdrawn = Instant.now();
		try (Probe withdrawn = probe("members.showcase.withdrawn")) {
			this.publisher.publish(MessageEnvelope.of(new AccountDeactivated(subject), Instant.now()));
			assertThat(since(withdrawn, startWithdrawn, 1)).isNotEmpty();
		}
		as(null, HttpMethod.GET, PUBLIC + "zoe-ceramique", null).expectStatus().isNotFound();
	}

}
