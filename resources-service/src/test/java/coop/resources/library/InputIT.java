package coop.resources.library;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people type is checked: French problem+json on the field, never a 500, and nothing
 * stored. Markdown with code is refused with its reason; what is kept is shown as
 * sanitised HTML.
 */
class InputIT extends CentreTestBase {

	@Test
	void markdownWithCodeIsRefusedOnItsField() {
		for (String body : List.of("Bonjour <script>alert(1)</script>",
				"<iframe src=\"https://evil.example\"></iframe>", "[cliquez](javascript:alert(1))",
				"[cliquez](JaVaScRiPt&#58;alert(1))", "<img src=x onerror=alert(1)>", "<javascript:alert(1)>",
				"![image](data:text/html;base64,PHNjcmlwdD4=)")) {
			Map<String, Object> request = resource("DOCUMENT", "Piège", "MEMBERS");
			request.put("body", body);
			JsonNode problem = as("marie.entrepreneur").post("/api/resources", request).expect(400);
			assertThat(problem.path("type").asString()).as(body).endsWith("/validation");
			assertThat(problem.path("errors").get(0).path("field").asString()).as(body).isEqualTo("body");
			assertThat(problem.path("errors").get(0).path("message").asString()).as(body).isNotBlank();
		}
		Map<String, Object> step = resource("TRAINING", "Module piégé", "MEMBERS");
		step.put("steps", List.of(Map.of("title", "Étape", "body", "<script>x</script>")));
		assertThat(as("lucas.coach").post("/api/resources", step)
			.expect(400)
			.path("errors")
			.get(0)
			.path("field")
			.asString()).isEqualTo("steps[0].body");
		assertThat(as("marie.entrepreneur").get("/api/resources/mine")
			.expect(200)
			.valueStream()
			.map((r) -> r.path("title").asString())).noneMatch((title) -> title.contains("Piège " + this.run));
	}

	@Test
	void keptMarkdownIsShownAsSanitisedHtml() {
		Map<String, Object> request = resource("DOCUMENT", "Mise en forme", "MEMBERS");
		request.put("body",
				"# Titre\n\n**gras** et [un site](https://coopemploi.com)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
						+ "Du HTML <b>affiché</b> tel quel.");
		JsonNode view = as("marie.entrepreneur").post("/api/resources", request).expect(201);
		String html = view.path("working").path("bodyHtml").asString();
		assertThat(html).contains("<h1>Titre</h1>", "<strong>gras</strong>", "<table>")
			.contains("href=\"https://coopemploi.com\"", "rel=\"nofollow noopener noreferrer\"")
			.contains("&lt;b&gt;affiché&lt;/b&gt;");
		assertThat(view.path("working").path("body").asString()).startsWith("# Titre");
	}

	@Test
	void badInputIsAFrench400() {
		Map<String, Object> blank = resource("DOCUMENT", "x", "MEMBERS");
		blank.put("title", " ");
		assertField(as("marie.entrepreneur").post("/api/resources", blank), "title", "titre");

		Map<String, Object> link = resource("LINK", "Un site", "MEMBERS");
		assertField(as("marie.entrepreneur").post("/api/resources", link), "url", "adresse");
		link.put("url", "javascript:alert(1)");
		assertField(as("marie.entrepreneur").post("/api/resources", link), "url", "https://");
		link.put("url", "ftp://coopemploi.com/fichier");
		assertField(as("marie.entrepreneur").post("/api/resources", link), "url", "https://");

		Map<String, Object> kit = resource("TRAINING", "Kit", "COACHES");
		assertField(as("marie.entrepreneur").post("/api/resources", kit), "audience", "accompagnateurs");

		Map<String, Object> unknownKind = resource("DOCUMENT", "x", "MEMBERS");
		unknownKind.put("kind", "VIRUS");
		assertThat(as("marie.entrepreneur").post("/api/resources", unknownKind).expect(400).path("detail").asString())
			.isNotBlank();
		Map<String, Object> numberTitle = resource("DOCUMENT", "x", "MEMBERS");
		numberTitle.put("title", 42);
		as("marie.entrepreneur").post("/api/resources", numberTitle).expect(400);
		Map<String, Object> tooMany = resource("DOCUMENT", "x", "MEMBERS");
		tooMany.put("themes", List.of("MANAGEMENT", "SALES", "PRODUCTION", "LEGAL", "COMMUNICATION", "FINANCING"));
		assertField(as("marie.entrepreneur").post("/api/resources", tooMany), "themes", "5");
		Map<String, Object> huge = resource("DOCUMENT", "x", "MEMBERS");
		huge.put("body", "a".repeat(100_001));
		assertField(as("marie.entrepreneur").post("/api/resources", huge), "body", "100 000");
		Map<String, Object> control = resource("DOCUMENT", "x", "MEMBERS");
		control.put("title", "Titre\u0000nul");
		as("marie.entrepreneur").post("/api/resources", control).expect(400);

		as(null).get("/api/resources/public/resources?kind=VIRUS").expect(400);
		as(null).get("/api/resources/public/resources?size=1000").expect(400);
		as(null).get("/api/resources/public/resources?page=-1").expect(400);
		as(null).get("/api/resources/public/resources/" + "x".repeat(500)).expect(400);
		as(null).get("/api/resources/public/resources/inconnue-" + this.run).expect(404);
		assertThat(as("marie.entrepreneur").put("/api/resources/inconnue", resource("DOCUMENT", "x", "MEMBERS"))
			.expect(404)
			.path("detail")
			.asString()).contains("n'existe pas");
	}

	private static void assertField(Answer answer, String field, String words) {
		JsonNode problem = answer.expect(400);
		JsonNode error = problem.path("errors")
			.valueStream()
			.filter((e) -> e.path("field").asString().equals(field))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No error on " + field + ": " + problem));
		assertThat(error.path("message").asString()).contains(words);
	}

}
