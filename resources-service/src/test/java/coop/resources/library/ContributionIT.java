package coop.resources.library;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import coop.platform.test.Eventually;
import coop.platform.test.SampleFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entrepreneur's contribution through the API, as the brief tells it: a draft with a
 * file, submitted; a coach refuses it with a reason the author reads; changed and
 * submitted again; validated by the coach; then found and downloaded by another
 * entrepreneur. Every step is in the audit trail, readable by coaches only.
 */
class ContributionIT extends CentreTestBase {

	@Test
	void aContributionIsRefusedWithItsReasonThenValidatedAndFoundByOthers() {
		JsonNode draft = as("marie.entrepreneur")
			.post("/api/resources", resource("DOCUMENT", "Réussir son marché artisanal", "MEMBERS"))
			.expect(201);
		String id = draft.path("id").asString();
		String slug = draft.path("slug").asString();
		assertThat(draft.path("mine").asBoolean()).isTrue();
		assertThat(draft.path("live").isNull()).isTrue();
		assertThat(draft.path("moderation").path("state").asString()).isEqualTo("DRAFT");
		assertThat(draft.path("moderation").path("audit").isNull()).as("the audit trail is for coaches").isTrue();

		// a draft is its author's (and her coach's): others do not know it exists
		as("theo.entrepreneur").get("/api/resources/public/resources/" + slug).expect(404);
		as("ines.coach").get("/api/resources/public/resources/" + slug).expect(404);
		as(null).get("/api/resources/public/resources/" + slug).expect(404);
		assertThat(as("lucas.coach").get("/api/resources/public/resources/" + slug)
			.expect(200)
			.path("working")
			.path("title")
			.asString()).startsWith("Réussir son marché artisanal");

		byte[] pdf = SampleFiles.pdf("Liste de préparation du marché " + this.run);
		JsonNode withFile = as("marie.entrepreneur").upload(id, "preparation-marche.pdf", pdf).expect(201);
		JsonNode file = withFile.path("working").path("files").get(0);
		assertThat(file.path("mediaType").asString()).isEqualTo("application/pdf");
		assertThat(file.path("thumbnailUrl").isNull()).as("a PDF's first page is its thumbnail").isFalse();

		JsonNode submitted = as("marie.entrepreneur").post("/api/resources/" + id + "/submit", null).expect(200);
		assertThat(submitted.path("moderation").path("state").asString()).isEqualTo("SUBMITTED");
		// nothing changes while it waits, and an entrepreneur never decides
		assertThat(as("marie.entrepreneur").put("/api/resources/" + id, resource("DOCUMENT", "Autre", "MEMBERS"))
			.expect(409)
			.path("type")
			.asString()).endsWith("/moderation-state");
		as("marie.entrepreneur").upload(id, "autre.pdf", pdf).expect(409);
		as("theo.entrepreneur").post("/api/resources/" + id + "/validate", null).expect(403);

		JsonNode queue = as("lucas.coach").get("/api/resources/review").expect(200);
		assertThat(queue.path("waiting").valueStream().map((w) -> w.path("resource").path("id").asString()))
			.contains(id);
		assertThat(queue.path("count").asLong()).isPositive();
		as("marie.entrepreneur").get("/api/resources/review").expect(403);

		JsonNode noReason = as("lucas.coach").post("/api/resources/" + id + "/reject", Map.of()).expect(400);
		assertThat(noReason.path("errors").get(0).path("field").asString()).isEqualTo("reason");
		as("lucas.coach")
			.post("/api/resources/" + id + "/reject",
					Map.of("reason", "Ajoutez les dates limites d'inscription aux marchés."))
			.expect(200);

		JsonNode refused = as("marie.entrepreneur").get("/api/resources/public/resources/" + slug).expect(200);
		assertThat(refused.path("moderation").path("state").asString()).isEqualTo("REJECTED");
		assertThat(refused.path("moderation").path("reason").asString())
			.isEqualTo("Ajoutez les dates limites d'inscription aux marchés.");
		assertThat(as("marie.entrepreneur").get("/api/resources/mine")
			.expect(200)
			.valueStream()
			.filter((r) -> r.path("id").asString().equals(id))
			.map((r) -> r.path("reason").asString()))
			.containsExactly("Ajoutez les dates limites d'inscription aux marchés.");

		Map<String, Object> fixed = resource("DOCUMENT", "Réussir son marché artisanal", "MEMBERS");
		fixed.put("body",
				"Inscriptions : avant le **15 septembre** pour les marchés de Noël. Mot-clé " + this.run + "marche.");
		as("marie.entrepreneur").put("/api/resources/" + id, fixed).expect(200);
		as("marie.entrepreneur").post("/api/resources/" + id + "/submit", null).expect(200);
		JsonNode validated = as("lucas.coach").post("/api/resources/" + id + "/validate", null).expect(200);
		assertThat(validated.path("moderation").path("state").asString()).isEqualTo("VALIDATED");
		assertThat(validated.path("moderation").path("audit").valueStream().map((e) -> e.path("step").asString()))
			.containsExactly("CREATED", "EDITED", "SUBMITTED", "REJECTED", "EDITED", "SUBMITTED", "VALIDATED");
		assertThat(validated.path("moderation").path("audit").get(3).path("note").asString())
			.isEqualTo("Ajoutez les dates limites d'inscription aux marchés.");
		assertThat(validated.path("moderation").path("audit").get(3).path("actorName").asString())
			.isEqualTo("Lucas Favre");

		// Théo reads the live version and downloads its file; a visitor does not see it
		JsonNode read = as("theo.entrepreneur").get("/api/resources/public/resources/" + slug).expect(200);
		assertThat(read.path("live").path("bodyHtml").asString()).contains("<strong>15 septembre</strong>");
		assertThat(read.path("working").isNull()).isTrue();
		assertThat(read.path("moderation").isNull()).isTrue();
		String url = read.path("live").path("files").get(0).path("url").asString();
		Answer download = as("theo.entrepreneur").get(url);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(pdf);
		assertThat(download.headers().getContentType().toString()).isEqualTo("application/pdf");
		assertThat(download.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.headers().getFirst("Content-Disposition")).startsWith("attachment")
			.contains("preparation-marche.pdf");
		as(null).get("/api/resources/public/resources/" + slug).expect(404);
		assertThat(as(null).get(url).status()).isEqualTo(404);

		assertThat(as("theo.entrepreneur").get("/api/resources/public/resources?size=100")
			.expect(200)
			.path("items")
			.valueStream()
			.map((r) -> r.path("id").asString())).contains(id);
		// and the search finds it by a word of its text
		Eventually.await(() -> as("theo.entrepreneur").get("/api/resources/public/search?q=" + this.run + "marche")
			.json()
			.path("total")
			.asLong(), (total) -> total == 1, Duration.ofSeconds(30));
	}

	@Test
	void thePublishedVersionStaysLiveWhileANewerOneWaitsOrIsRefused() {
		JsonNode first = published("camille.staff", "lucas.coach",
				resource("DOCUMENT", "Tenir sa comptabilité", "MEMBERS"));
		String id = first.path("id").asString();
		String slug = first.path("slug").asString();

		Map<String, Object> second = resource("DOCUMENT", "Tenir sa comptabilité, version 2", "MEMBERS");
		as("camille.staff").put("/api/resources/" + id, second).expect(200);
		JsonNode meanwhile = as("theo.entrepreneur").get("/api/resources/public/resources/" + slug).expect(200);
		assertThat(meanwhile.path("live").path("title").asString())
			.isEqualTo(first.path("working").path("title").asString());
		assertThat(meanwhile.path("live").path("version").asInt()).isEqualTo(1);

		as("camille.staff").post("/api/resources/" + id + "/submit", null).expect(200);
		as("lucas.coach").post("/api/resources/" + id + "/reject", Map.of("reason", "Pas encore.")).expect(200);
		assertThat(as("theo.entrepreneur").get("/api/resources/public/resources/" + slug)
			.expect(200)
			.path("live")
			.path("title")
			.asString()).doesNotContain("version 2");
		JsonNode camille = as("camille.staff").get("/api/resources/public/resources/" + slug).expect(200);
		assertThat(camille.path("working").path("title").asString()).contains("version 2");
		assertThat(camille.path("moderation").path("pendingVersion").asBoolean()).isTrue();

		as("camille.staff").post("/api/resources/" + id + "/submit", null).expect(200);
		as("lucas.coach").post("/api/resources/" + id + "/validate", null).expect(200);
		JsonNode now = as("theo.entrepreneur").get("/api/resources/public/resources/" + slug).expect(200);
		assertThat(now.path("live").path("title").asString()).contains("version 2");
		assertThat(now.path("live").path("version").asInt()).isEqualTo(2);
	}

	@Test
	void nobodyValidatesTheirOwnContribution() {
		JsonNode created = as("lucas.coach").post("/api/resources", resource("TRAINING", "Atelier pitch", "COACHES"))
			.expect(201);
		String id = created.path("id").asString();
		as("lucas.coach").post("/api/resources/" + id + "/submit", null).expect(200);
		JsonNode own = as("lucas.coach").post("/api/resources/" + id + "/validate", null).expect(403);
		assertThat(own.path("type").asString()).endsWith("/own-contribution");
		assertThat(own.path("detail").asString()).contains("propre contribution");
		as("ines.coach").post("/api/resources/" + id + "/validate", null).expect(200);
	}

	@Test
	void coachesWithdrawWithAReasonAndRestore() {
		Map<String, Object> link = resource("LINK", "Un site devenu payant", "MEMBERS");
		link.put("url", "https://outil-en-ligne.example.com");
		JsonNode published = published("ines.coach", "lucas.coach", link);
		String id = published.path("id").asString();
		String slug = published.path("slug").asString();
		as("theo.entrepreneur").get("/api/resources/public/resources/" + slug).expect(200);

		as("lucas.coach").post("/api/resources/" + id + "/withdraw", Map.of("reason", " ")).expect(400);
		as("theo.entrepreneur").post("/api/resources/" + id + "/withdraw", Map.of("reason", "x")).expect(403);
		JsonNode withdrawn = as("lucas.coach")
			.post("/api/resources/" + id + "/withdraw", Map.of("reason", "Le site est devenu payant."))
			.expect(200);
		assertThat(withdrawn.path("moderation").path("state").asString()).isEqualTo("WITHDRAWN");
		as("theo.entrepreneur").get("/api/resources/public/resources/" + slug).expect(404);
		assertThat(as("theo.entrepreneur").get("/api/resources/public/resources?size=100")
			.expect(200)
			.path("items")
			.valueStream()
			.map((r) -> r.path("id").asString())).doesNotContain(id);

		as("ines.coach").post("/api/resources/" + id + "/restore", null).expect(200);
		as("theo.entrepreneur").get("/api/resources/public/resources/" + slug).expect(200);
		assertThat(as("lucas.coach").get("/api/resources/public/resources/" + slug)
			.expect(200)
			.path("moderation")
			.path("audit")
			.valueStream()
			.map((e) -> e.path("step").asString())).endsWith("WITHDRAWN", "RESTORED");
	}

	@Test
	void aReviewDateBringsAResourceBackToTheQueue() {
		JsonNode published = published("camille.staff", "ines.coach",
				resource("SECTOR_GUIDE", "Réglementation des marchés", "MEMBERS"));
		String id = published.path("id").asString();
		as("ines.coach").put("/api/resources/" + id + "/review-date", Map.of("reviewBy", "2020-01-01")).expect(400);
		as("marie.entrepreneur").put("/api/resources/" + id + "/review-date", Map.of("reviewBy", "2099-01-01"))
			.expect(403);
		String tomorrow = parisToday().plusDays(1).toString();
		JsonNode dated = as("ines.coach").put("/api/resources/" + id + "/review-date", Map.of("reviewBy", tomorrow))
			.expect(200);
		assertThat(dated.path("moderation").path("reviewBy").asString()).isEqualTo(tomorrow);
		assertThat(as("lucas.coach").get("/api/resources/review")
			.expect(200)
			.path("dueAgain")
			.valueStream()
			.map((d) -> d.path("resource").path("id").asString())).doesNotContain(id);
		// once the date has come (here: a date set in the store, as time passes)
		this.mongo.updateFirst(
				org.springframework.data.mongodb.core.query.Query
					.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id)),
				new org.springframework.data.mongodb.core.query.Update().set("moderation.reviewBy",
						parisToday().minusDays(1)),
				Resource.class);
		assertThat(as("lucas.coach").get("/api/resources/review")
			.expect(200)
			.path("dueAgain")
			.valueStream()
			.map((d) -> d.path("resource").path("id").asString())).contains(id);
	}

	@Test
	void aTemplateIsCopiedIntoMyOwnToolsWithItsFiles() {
		JsonNode template = as("camille.staff")
			.post("/api/resources", resource("TEMPLATE", "Plan de trésorerie", "MEMBERS"))
			.expect(201);
		String templateId = template.path("id").asString();
		byte[] xlsx = SampleFiles.xlsx();
		as("camille.staff").upload(templateId, "tresorerie.xlsx", xlsx).expect(201);
		as("camille.staff").post("/api/resources/" + templateId + "/submit", null).expect(200);
		as("lucas.coach").post("/api/resources/" + templateId + "/validate", null).expect(200);

		JsonNode copy = as("theo.entrepreneur").post("/api/resources/" + templateId + "/copy", null).expect(201);
		String copyId = copy.path("id").asString();
		assertThat(copy.path("working").path("audience").asString()).isEqualTo("PERSONAL");
		assertThat(copy.path("copiedFrom").asString()).isEqualTo(template.path("slug").asString());
		JsonNode copiedFile = copy.path("working").path("files").get(0);
		assertThat(as("theo.entrepreneur").get(copiedFile.path("url").asString()).bytes()).isEqualTo(xlsx);
		assertThat(as("theo.entrepreneur").get("/api/resources/mine")
			.expect(200)
			.valueStream()
			.map((r) -> r.path("id").asString())).contains(copyId);

		// my tools are mine and my coach's
		String copySlug = copy.path("slug").asString();
		as("ines.coach").get("/api/resources/public/resources/" + copySlug).expect(200);
		assertThat(as("ines.coach").get(copiedFile.path("url").asString()).status()).isEqualTo(200);
		for (String other : List.of("marie.entrepreneur", "lucas.coach", "camille.staff")) {
			as(other).get("/api/resources/public/resources/" + copySlug).expect(404);
			assertThat(as(other).get(copiedFile.path("url").asString()).status()).as(other).isEqualTo(404);
		}
		// a personal tool is shared with the centre by choosing its audience first
		assertThat(as("theo.entrepreneur").post("/api/resources/" + copyId + "/submit", null)
			.expect(400)
			.path("errors")
			.get(0)
			.path("field")
			.asString()).isEqualTo("audience");
		// only templates are copied
		JsonNode document = published("camille.staff", "lucas.coach", resource("DOCUMENT", "Pas un modèle", "MEMBERS"));
		as("theo.entrepreneur").post("/api/resources/" + document.path("id").asString() + "/copy", null).expect(403);
	}

	@Test
	void bookmarksKeepResourcesAtHand() {
		JsonNode published = published("camille.staff", "lucas.coach",
				resource("DOCUMENT", "Assurance professionnelle", "MEMBERS"));
		String id = published.path("id").asString();
		as("theo.entrepreneur").put("/api/resources/" + id + "/bookmark", null).expect(204);
		as("theo.entrepreneur").put("/api/resources/" + id + "/bookmark", null).expect(204);
		assertThat(as("theo.entrepreneur").get("/api/resources/bookmarks")
			.expect(200)
			.valueStream()
			.filter((r) -> r.path("id").asString().equals(id))
			.count()).isEqualTo(1);
		assertThat(as("theo.entrepreneur").get("/api/resources/public/resources/" + published.path("slug").asString())
			.expect(200)
			.path("bookmarked")
			.asBoolean()).isTrue();
		as("theo.entrepreneur").delete("/api/resources/" + id + "/bookmark").expect(204);
		assertThat(as("theo.entrepreneur").get("/api/resources/bookmarks")
			.expect(200)
			.valueStream()
			.map((r) -> r.path("id").asString())).doesNotContain(id);
		// a draft cannot be bookmarked by someone who does not see it
		JsonNode draft = as("marie.entrepreneur").post("/api/resources", resource("DOCUMENT", "Brouillon", "MEMBERS"))
			.expect(201);
		as("theo.entrepreneur").put("/api/resources/" + draft.path("id").asString() + "/bookmark", null).expect(404);
	}

}
