package coop.resources.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.MessageProbe;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Online templates on the real servers: a coach writes one with sections and questions,
 * it is validated; Marie copies it into her own tools, fills it in (each save from the
 * revision she had; an older one is refused with a French 409), shares it with her coach
 * Lucas who comments on a section, and exports it as PDF. Théo and Inès (not her coach)
 * get 404; bad answers and bad forms are French 400s.
 */
class TemplatesIT extends CentreTestBase {

	@Test
	void marieFillsHerCopySharesItWithLucasAndExportsIt() throws Exception {
		JsonNode template = published("lucas.coach", "ines.coach", booklet());
		JsonNode form = template.path("live").path("form");
		assertThat(form.path("sections")).hasSize(2);
		String project = form.path("sections").get(0).path("key").asString();
		String activity = key(form, 0, 0);
		String startsOn = key(form, 0, 1);
		String revenue = key(form, 1, 0);
		String status = key(form, 1, 1);
		assertThat(form.path("sections").get(1).path("questions").get(1).path("choices")).hasSize(3);

		JsonNode copy = as("marie.entrepreneur")
			.post("/api/resources/" + template.path("id").asString() + "/copy", null)
			.expect(201);
		String id = copy.path("id").asString();
		String slug = copy.path("slug").asString();
		assertThat(copy.path("working").path("audience").asString()).isEqualTo("PERSONAL");
		assertThat(copy.path("working").path("form").path("sections")).hasSize(2);
		assertThat(copy.path("tool").path("revision").asInt()).isZero();
		assertThat(copy.path("tool").path("fill").asBoolean()).isTrue();
		assertThat(copy.path("tool").path("share").asBoolean()).isTrue();
		assertThat(template.path("tool").isNull()).as("a template is not filled itself").isTrue();

		JsonNode saved = as("marie.entrepreneur")
			.put("/api/resources/" + id + "/answers",
					answers(0, Map.of(activity, "  Bijoux en argent recyclé ", startsOn, "2026-03-01", revenue,
							"1 250,50", status, "")))
			.expect(200);
		assertThat(saved.path("revision").asInt()).isEqualTo(1);
		assertThat(saved.path("savedAt").isNull()).isFalse();
		assertThat(saved.path("answers").path(activity).asString()).isEqualTo("Bijoux en argent recyclé");
		assertThat(saved.path("answers").has(status)).as("blank answers are dropped").isFalse();

		// kept on reload
		JsonNode reread = as("marie.entrepreneur").get("/api/resources/public/resources/" + slug).expect(200);
		assertThat(reread.path("tool").path("answers").path(revenue).asString()).isEqualTo("1 250,50");
		assertThat(reread.path("tool").path("revision").asInt()).isEqualTo(1);

		// a save from an older revision (another tab) is refused, nothing changes
		Answer stale = as("marie.entrepreneur").put("/api/resources/" + id + "/answers",
				answers(0, Map.of(activity, "Autre chose")));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.headers().getContentType().toString()).startsWith("application/problem+json");
		assertThat(stale.json().path("type").asString()).endsWith("/stale-answers");
		assertThat(stale.json().path("detail").asString()).contains("rechargez la page");
		assertThat(as("marie.entrepreneur").get("/api/resources/public/resources/" + slug)
			.expect(200)
			.path("tool")
			.path("answers")
			.path(activity)
			.asString()).isEqualTo("Bijoux en argent recyclé");

		// only Marie and her coach see it
		as("theo.entrepreneur").get("/api/resources/public/resources/" + slug).expect(404);
		as("theo.entrepreneur").put("/api/resources/" + id + "/answers", answers(1, Map.of())).expect(404);
		as("theo.entrepreneur").get("/api/resources/" + id + "/pdf").expect(404);
		as("theo.entrepreneur").post("/api/resources/" + id + "/share", null).expect(404);
		as("ines.coach").get("/api/resources/public/resources/" + slug).expect(404);
		as("ines.coach").post("/api/resources/" + id + "/comments", comment(project, "Bien")).expect(404);
		as("camille.staff").get("/api/resources/" + id + "/pdf").expect(404);

		// Lucas reads it, comments once Marie shares it, never fills it
		JsonNode lucasView = as("lucas.coach").get("/api/resources/public/resources/" + slug).expect(200);
		assertThat(lucasView.path("tool").path("answers").path(activity).asString())
			.isEqualTo("Bijoux en argent recyclé");
		assertThat(lucasView.path("tool").path("fill").asBoolean()).isFalse();
		assertThat(lucasView.path("tool").path("comment").asBoolean()).isFalse();
		as("lucas.coach").post("/api/resources/" + id + "/comments", comment(project, "Trop tôt")).expect(403);
		as("lucas.coach").post("/api/resources/" + id + "/share", null).expect(403);
		as("lucas.coach").put("/api/resources/" + id + "/answers", answers(1, Map.of(activity, "Lucas"))).expect(403);

		try (MessageProbe<MessageEnvelope> probe = probe("resources.tool.shared")) {
			JsonNode shared = as("marie.entrepreneur").post("/api/resources/" + id + "/share", null).expect(200);
			assertThat(shared.path("sharedAt").isNull()).isFalse();
			assertThat(shared.path("share").asBoolean()).isFalse();
			// her coach is told once, with a link to her document; sharing again tells
			// nobody
			JsonNode told = probe.nextMatching(about("resources.tool.shared", id), WAIT).payload();
			assertThat(told.path("owner").path("email").asString()).isEqualTo("marie.dupont@demo.coopemploi.test");
			assertThat(told.path("sharedWith").path("email").asString()).isEqualTo("lucas.favre@demo.coopemploi.test");
			assertThat(told.path("toolUrl").asString()).isEqualTo("http://localhost:8080/intranet/ressources/" + slug);
			as("marie.entrepreneur").post("/api/resources/" + id + "/share", null).expect(200);
			assertThat(probe.drain(java.time.Duration.ofSeconds(3)).stream().filter(about(id))).as("shared once")
				.isEmpty();
		}
		JsonNode commented = as("lucas.coach")
			.post("/api/resources/" + id + "/comments", comment(project, "Précisez votre clientèle cible."))
			.expect(200);
		assertThat(commented.path("comments")).hasSize(1);
		assertThat(commented.path("comments").get(0).path("section").asString()).isEqualTo(project);
		assertThat(commented.path("comments").get(0).path("coach").asBoolean()).isTrue();
		assertThat(commented.path("comments").get(0).path("authorName").asString()).isEqualTo("Lucas Favre");
		JsonNode unknownSection = as("lucas.coach")
			.post("/api/resources/" + id + "/comments", comment("s-inconnue", "?"))
			.expect(400);
		assertThat(unknownSection.path("errors").get(0).path("field").asString()).isEqualTo("section");
		JsonNode marieView = as("marie.entrepreneur").get("/api/resources/public/resources/" + slug).expect(200);
		assertThat(marieView.path("tool").path("comments").get(0).path("text").asString())
			.isEqualTo("Précisez votre clientèle cible.");

		// exported as PDF, by Marie and by Lucas
		for (String reader : List.of("marie.entrepreneur", "lucas.coach")) {
			Answer pdf = as(reader).get("/api/resources/" + id + "/pdf");
			assertThat(pdf.status()).isEqualTo(200);
			assertThat(pdf.headers().getContentType().toString()).isEqualTo("application/pdf");
			assertThat(pdf.headers().getContentDisposition().getFilename()).isEqualTo(slug + ".pdf");
			try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
				String text = new PDFTextStripper().getText(document);
				assertThat(text).contains("Livret de créateur", "Bijoux en argent recyclé", "1 mars 2026", "1 250,50",
						"Précisez votre clientèle cible.", "(sans réponse)");
			}
		}
	}

	@Test
	void badAnswersAreFrenchProblemsAndNothingIsSaved() {
		JsonNode template = published("lucas.coach", "ines.coach", booklet());
		JsonNode form = template.path("live").path("form");
		String activity = key(form, 0, 0);
		String startsOn = key(form, 0, 1);
		String revenue = key(form, 1, 0);
		String status = key(form, 1, 1);
		JsonNode copy = as("marie.entrepreneur")
			.post("/api/resources/" + template.path("id").asString() + "/copy", null)
			.expect(201);
		String id = copy.path("id").asString();

		assertField(as("marie.entrepreneur").put("/api/resources/" + id + "/answers",
				answers(0, Map.of("q-inconnue", "x"))), "answers.q-inconnue");
		assertField(as("marie.entrepreneur").put("/api/resources/" + id + "/answers",
				answers(0, Map.of(revenue, "beaucoup"))), "answers." + revenue);
		assertField(as("marie.entrepreneur").put("/api/resources/" + id + "/answers",
				answers(0, Map.of(startsOn, "31/02/2026"))), "answers." + startsOn);
		assertField(
				as("marie.entrepreneur").put("/api/resources/" + id + "/answers", answers(0, Map.of(status, "Autre"))),
				"answers." + status);
		assertField(as("marie.entrepreneur").put("/api/resources/" + id + "/answers",
				answers(0, Map.of(activity, "deux\nlignes"))), "answers." + activity);
		assertField(as("marie.entrepreneur").put("/api/resources/" + id + "/answers",
				answers(0, Map.of(activity, "x".repeat(501)))), "answers." + activity);
		Map<String, Object> noRevision = new HashMap<>();
		noRevision.put("answers", Map.of());
		assertField(as("marie.entrepreneur").put("/api/resources/" + id + "/answers", noRevision), "revision");
		Answer notJson = as("marie.entrepreneur").put("/api/resources/" + id + "/answers", "pas du json");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.json().path("detail").asString()).isNotBlank();

		JsonNode unchanged = as("marie.entrepreneur")
			.get("/api/resources/public/resources/" + copy.path("slug").asString())
			.expect(200);
		assertThat(unchanged.path("tool").path("revision").asInt()).isZero();
		assertThat(unchanged.path("tool").path("answers").isEmpty()).isTrue();

		// a resource that is not a copy of an online template has no answers
		JsonNode document = as("marie.entrepreneur").post("/api/resources", resource("DOCUMENT", "Note", "MEMBERS"))
			.expect(201);
		as("marie.entrepreneur")
			.put("/api/resources/" + document.path("id").asString() + "/answers", answers(0, Map.of()))
			.expect(404);
	}

	@Test
	void theEditorKeepsKeysAndRefusesBadForms() {
		Map<String, Object> notATemplate = resource("DOCUMENT", "Pas un modèle", "MEMBERS");
		notATemplate.put("form", booklet().get("form"));
		assertField(as("lucas.coach").post("/api/resources", notATemplate), "form");

		Map<String, Object> oneChoice = booklet();
		oneChoice.put("form", Map.of("sections", List.of(Map.of("title", "Statut", "questions",
				List.of(Map.of("label", "Statut", "type", "CHOICE", "choices", List.of("CAPE", " CAPE ")))))));
		assertField(as("lucas.coach").post("/api/resources", oneChoice), "form.sections[0].questions[0].choices");

		Map<String, Object> emptySection = booklet();
		emptySection.put("form", Map.of("sections", List.of(Map.of("title", "Vide", "questions", List.of()))));
		assertField(as("lucas.coach").post("/api/resources", emptySection), "form.sections[0].questions");

		Map<String, Object> unknownType = booklet();
		unknownType.put("form", Map.of("sections", List
			.of(Map.of("title", "Partie", "questions", List.of(Map.of("label", "Question", "type", "SIGNATURE"))))));
		Answer unknown = as("lucas.coach").post("/api/resources", unknownType);
		assertThat(unknown.status()).isEqualTo(400);

		// editing keeps the keys sent back and gives new parts new ones
		JsonNode created = as("lucas.coach").post("/api/resources", booklet()).expect(201);
		JsonNode form = created.path("working").path("form");
		String first = key(form, 0, 0);
		Map<String, Object> edited = booklet();
		List<Map<String, Object>> questions = new ArrayList<>();
		questions.add(Map.of("key", first, "label", "Votre activité, en une phrase", "type", "TEXT"));
		questions.add(Map.of("label", "Une nouvelle question", "type", "LONG_TEXT"));
		edited.put("form", Map.of("sections", List.of(Map.of("key", form.path("sections").get(0).path("key").asString(),
				"title", "Le projet", "questions", questions))));
		JsonNode after = as("lucas.coach").put("/api/resources/" + created.path("id").asString(), edited).expect(200);
		JsonNode kept = after.path("working").path("form");
		assertThat(key(kept, 0, 0)).isEqualTo(first);
		assertThat(key(kept, 0, 1)).startsWith("q-").isNotEqualTo(first);
		assertThat(kept.path("sections").get(0).path("key").asString())
			.isEqualTo(form.path("sections").get(0).path("key").asString());
	}

	@Test
	void aFilledCopyProposedToTheCentreIsReadWithItsAnswersOnceValidated() {
		JsonNode template = published("lucas.coach", "ines.coach", booklet());
		JsonNode copy = as("marie.entrepreneur")
			.post("/api/resources/" + template.path("id").asString() + "/copy", null)
			.expect(201);
		String id = copy.path("id").asString();
		String slug = copy.path("slug").asString();
		JsonNode form = copy.path("working").path("form");
		String activity = key(form, 0, 0);
		// a word of this run only, letters only (digits become letters)
		StringBuilder word = new StringBuilder("bijouxrecycles");
		this.run.chars().forEach((c) -> word.append(Character.isDigit(c) ? (char) ('g' + c - '0') : (char) c));
		as("marie.entrepreneur").put("/api/resources/" + id + "/answers", answers(0, Map.of(activity, word.toString())))
			.expect(200);

		// a personal tool is not proposed as it is: its author first says whom it is for
		as("marie.entrepreneur").post("/api/resources/" + id + "/submit", null).expect(400);
		Map<String, Object> forMembers = resource("TEMPLATE", "Mon livret rempli", "MEMBERS");
		forMembers.put("form", form);
		as("marie.entrepreneur").put("/api/resources/" + id, forMembers).expect(200);
		as("marie.entrepreneur").post("/api/resources/" + id + "/submit", null).expect(200);
		// she goes on filling it in: the version proposed keeps the answers it was
		// proposed with
		as("marie.entrepreneur").put("/api/resources/" + id + "/answers", answers(1, Map.of(activity, "Plus tard")))
			.expect(200);

		JsonNode reviewed = as("lucas.coach").get("/api/resources/public/resources/" + slug).expect(200);
		assertThat(reviewed.path("working").path("answers").path(activity).asString()).isEqualTo(word.toString());
		assertThat(reviewed.path("can").path("review").asBoolean()).isTrue();
		as("lucas.coach").post("/api/resources/" + id + "/validate", null).expect(200);

		// Théo reads what was validated, with its answers, and finds it by a word of an
		// answer
		JsonNode read = as("theo.entrepreneur").get("/api/resources/public/resources/" + slug).expect(200);
		assertThat(read.path("live").path("answers").path(activity).asString()).isEqualTo(word.toString());
		assertThat(read.path("live").path("form").path("sections")).hasSize(2);
		assertThat(read.path("tool").isNull()).as("her working copy stays hers").isTrue();
		coop.platform.test.Eventually.await(() -> as("theo.entrepreneur").get("/api/resources/public/search?q=" + word)
			.json()
			.path("total")
			.asLong(), (total) -> total == 1, java.time.Duration.ofSeconds(30));
		// and Marie's own copy still holds what she typed since
		JsonNode mine = as("marie.entrepreneur").get("/api/resources/public/resources/" + slug).expect(200);
		assertThat(mine.path("tool").path("answers").path(activity).asString()).isEqualTo("Plus tard");
	}

	private Map<String, Object> booklet() {
		Map<String, Object> body = resource("TEMPLATE", "Livret de créateur", "MEMBERS");
		body.put("form", Map.of("sections", List.of(
				Map.of("title", "Le projet", "help", "Votre activité en quelques mots.", "questions",
						List.of(Map.of("label", "Que vendez-vous, à qui ?", "type", "TEXT"),
								Map.of("label", "Date de démarrage", "type", "DATE"),
								Map.of("label", "Votre parcours", "type", "LONG_TEXT"))),
				Map.of("title", "Les chiffres", "questions",
						List.of(Map.of("label", "Chiffre d'affaires visé la première année (€)", "type", "NUMBER"),
								Map.of("label", "Votre statut", "type", "CHOICE", "choices",
										List.of("CAPE", "CESA", "Associé")))))));
		return body;
	}

	private static String key(JsonNode form, int section, int question) {
		return form.path("sections").get(section).path("questions").get(question).path("key").asString();
	}

	private static Map<String, Object> answers(int revision, Map<String, String> answers) {
		return Map.of("revision", revision, "answers", answers);
	}

	private static Map<String, Object> comment(String section, String text) {
		return Map.of("section", section, "text", text);
	}

	private static void assertField(Answer answer, String field) {
		assertThat(answer.status()).as(field).isEqualTo(400);
		assertThat(answer.headers().getContentType().toString()).startsWith("application/problem+json");
		JsonNode problem = answer.json();
		assertThat(problem.path("type").asString()).as(field).endsWith("/validation");
		JsonNode error = null;
		for (JsonNode e : problem.path("errors")) {
			if (e.path("field").asString().equals(field)) {
				error = e;
			}
		}
		assertThat(error).as("an error on " + field + " in " + problem).isNotNull();
		assertThat(error.path("message").asString()).as(field).isNotBlank();
	}

}
