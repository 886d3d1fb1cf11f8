package coop.resources.library;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training modules followed step by step: Marie marks what she has done, reads it again,
 * and her coach Lucas sees it; nobody else does, and a step the module does not have is a
 * French error on the field.
 */
class ProgressIT extends CentreTestBase {

	private String module() {
		Map<String, Object> body = resource("TRAINING", "Construire son prix de vente", "MEMBERS");
		body.put("steps",
				List.of(Map.of("title", "Ses charges", "body", "Listez vos charges."),
						Map.of("title", "Son temps", "body", "Comptez vos heures."),
						Map.of("title", "Son prix", "body", "Divisez, puis comparez.")));
		return published("camille.staff", "lucas.coach", body).path("id").asString();
	}

	@Test
	void marieMarksHerStepsAndHerCoachSeesHowFarSheIs() {
		String id = module();
		JsonNode none = as("marie.entrepreneur").get("/api/resources/" + id + "/progress").expect(200);
		assertThat(none.path("steps").asInt()).isEqualTo(3);
		assertThat(none.path("done")).isEmpty();

		JsonNode marked = as("marie.entrepreneur")
			.put("/api/resources/" + id + "/progress", Map.of("done", List.of(1, 0, 1)))
			.expect(200);
		assertThat(marked.path("done").valueStream().map(JsonNode::asInt)).containsExactly(0, 1);
		assertThat(as("marie.entrepreneur").get("/api/resources/" + id + "/progress").expect(200).path("done"))
			.hasSize(2);

		JsonNode followed = as("lucas.coach").get("/api/resources/progress/" + MARIE).expect(200);
		JsonNode line = followed.valueStream()
			.filter((p) -> p.path("resourceId").asString().equals(id))
			.findFirst()
			.orElseThrow();
		assertThat(line.path("title").asString()).startsWith("Construire son prix de vente");
		assertThat(line.path("done").valueStream().map(JsonNode::asInt)).containsExactly(0, 1);
		assertThat(line.path("steps").asInt()).isEqualTo(3);
		as("marie.entrepreneur").get("/api/resources/progress/" + MARIE).expect(200);

		// another coach, another entrepreneur: nobody
		as("ines.coach").get("/api/resources/progress/" + MARIE).expect(404);
		as("theo.entrepreneur").get("/api/resources/progress/" + MARIE).expect(404);
		// Théo's own progress is his: Marie's marks are not his
		assertThat(as("theo.entrepreneur").get("/api/resources/" + id + "/progress").expect(200).path("done"))
			.isEmpty();
	}

	@Test
	void aStepTheModuleDoesNotHaveOrABadBodyIsAFrenchErrorAndChangesNothing() {
		String id = module();
		JsonNode refused = as("marie.entrepreneur")
			.put("/api/resources/" + id + "/progress", Map.of("done", List.of(0, 3)))
			.expect(400);
		assertThat(refused.path("errors").get(0).path("field").asString()).isEqualTo("done");
		assertThat(refused.path("errors").get(0).path("message").asString())
			.isEqualTo("Étape inconnue : ce module a 3 étapes, numérotées de 0 à 2.");
		as("marie.entrepreneur").put("/api/resources/" + id + "/progress", Map.of("done", List.of(-1))).expect(400);
		as("marie.entrepreneur").put("/api/resources/" + id + "/progress", Map.of("done", "toutes")).expect(400);
		as("marie.entrepreneur").put("/api/resources/" + id + "/progress", Map.of()).expect(400);
		assertThat(as("marie.entrepreneur").get("/api/resources/" + id + "/progress").expect(200).path("done"))
			.isEmpty();

		// not a module, or nothing there: no progress to keep
		String document = published("camille.staff", "lucas.coach", resource("DOCUMENT", "Un guide", "MEMBERS"))
			.path("id")
			.asString();
		as("marie.entrepreneur").get("/api/resources/" + document + "/progress").expect(404);
		as("marie.entrepreneur").put("/api/resources/" + "0".repeat(24) + "/progress", Map.of("done", List.of(0)))
			.expect(404);
		as(null).put("/api/resources/" + id + "/progress", Map.of("done", List.of(0))).expect(401);
	}

}
