package coop.resources.library;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees what, checked in the service on every read and list: public resources for
 * everyone, members' for the people of the cooperative, the coaches' kit for coaches and
 * staff, someone's own tools for them and their coach; a draft or a submission only for
 * its authors (and reviewers once submitted). What one may not see is a 404, never a 403
 * that would tell it exists.
 */
class VisibilityIT extends CentreTestBase {

	Map<String, String> slugs;

	Map<String, String> ids;

	@BeforeEach
	void shelf() {
		this.slugs = new java.util.HashMap<>();
		this.ids = new java.util.HashMap<>();
		keep("public", published("camille.staff", "lucas.coach", resource("DOCUMENT", "Public", "PUBLIC")));
		keep("members", published("camille.staff", "lucas.coach", resource("DOCUMENT", "Membres", "MEMBERS")));
		keep("coaches", published("camille.staff", "lucas.coach", resource("TRAINING", "Kit", "COACHES")));
		keep("marie-personal",
				as("marie.entrepreneur").post("/api/resources", resource("TEMPLATE", "Mon outil", "PERSONAL"))
					.expect(201));
		keep("theo-draft", as("theo.entrepreneur").post("/api/resources", resource("DOCUMENT", "Brouillon", "MEMBERS"))
			.expect(201));
		JsonNode pending = as("theo.entrepreneur").post("/api/resources", resource("DOCUMENT", "Proposé", "MEMBERS"))
			.expect(201);
		as("theo.entrepreneur").post("/api/resources/" + pending.path("id").asString() + "/submit", null).expect(200);
		keep("theo-pending", pending);
	}

	private void keep(String name, JsonNode view) {
		this.slugs.put(name, view.path("slug").asString());
		this.ids.put(name, view.path("id").asString());
	}

	@Test
	void eachCallerReadsExactlyWhatTheyMay() {
		Map<String, Set<String>> expected = Map.of("visitor", Set.of("public"), "sophie.prescriber", Set.of("public"),
				"paul.funder", Set.of("public"), "theo.entrepreneur",
				Set.of("public", "members", "theo-draft", "theo-pending"), "marie.entrepreneur",
				Set.of("public", "members", "marie-personal"), "lucas.coach",
				Set.of("public", "members", "coaches", "marie-personal", "theo-pending"), "ines.coach",
				Set.of("public", "members", "coaches", "theo-draft", "theo-pending"), "camille.staff",
				Set.of("public", "members", "coaches", "theo-pending"));
		expected.forEach((caller, readable) -> {
			String username = caller.equals("visitor") ? null : caller;
			Set<String> seen = this.slugs.entrySet()
				.stream()
				.filter((entry) -> as(username).get("/api/resources/public/resources/" + entry.getValue())
					.status() == 200)
				.map(Map.Entry::getKey)
				.collect(Collectors.toSet());
			assertThat(seen).as(caller).isEqualTo(readable);
		});
	}

	@Test
	void listsHoldOnlyLiveResourcesTheCallerMayRead() {
		Map<String, Set<String>> expected = Map.of("visitor", Set.of("public"), "theo.entrepreneur",
				Set.of("public", "members"), "lucas.coach", Set.of("public", "members", "coaches"));
		expected.forEach((caller, listed) -> {
			String username = caller.equals("visitor") ? null : caller;
			List<String> items = as(username).get("/api/resources/public/resources?size=100")
				.expect(200)
				.path("items")
				.valueStream()
				.map((item) -> item.path("id").asString())
				.toList();
			Set<String> ours = this.ids.entrySet()
				.stream()
				.filter((entry) -> items.contains(entry.getValue()))
				.map(Map.Entry::getKey)
				.collect(Collectors.toSet());
			assertThat(ours).as(caller).isEqualTo(listed);
		});
		// a filter on an audience one may not read lists nothing of it
		assertThat(as("theo.entrepreneur").get("/api/resources/public/resources?audience=COACHES")
			.expect(200)
			.path("total")
			.asLong()).isZero();
		JsonNode kit = as("lucas.coach").get("/api/resources/public/resources?audience=COACHES&kind=TRAINING&size=100")
			.expect(200);
		assertThat(kit.path("items").valueStream().map((item) -> item.path("id").asString()))
			.contains(this.ids.get("coaches"))
			.doesNotContain(this.ids.get("members"));
		// the centre's home counts what the caller reads
		JsonNode visitorHome = as(null).get("/api/resources/public/centre").expect(200);
		JsonNode coachHome = as("lucas.coach").get("/api/resources/public/centre").expect(200);
		assertThat(count(coachHome, "TRAINING")).isGreaterThan(count(visitorHome, "TRAINING"));
	}

	private static long count(JsonNode home, String kind) {
		return home.path("kinds")
			.valueStream()
			.filter((k) -> k.path("kind").asString().equals(kind))
			.findFirst()
			.orElseThrow()
			.path("count")
			.asLong();
	}

	@Test
	void whatTheCallerMayDoIsTold() {
		JsonNode theo = as("theo.entrepreneur").get("/api/resources/public/resources/" + this.slugs.get("members"))
			.expect(200);
		assertThat(theo.path("can").path("edit").asBoolean()).isFalse();
		assertThat(theo.path("can").path("bookmark").asBoolean()).isTrue();
		JsonNode lucas = as("lucas.coach").get("/api/resources/public/resources/" + this.slugs.get("theo-pending"))
			.expect(200);
		assertThat(lucas.path("can").path("review").asBoolean()).isTrue();
		JsonNode own = as("theo.entrepreneur").get("/api/resources/public/resources/" + this.slugs.get("theo-pending"))
			.expect(200);
		assertThat(own.path("can").path("review").asBoolean()).isFalse();
		assertThat(own.path("can").path("edit").asBoolean()).as("a version under review cannot change").isFalse();
	}

	@Test
	void changesAreForThoseWhoMayMakeThem() {
		String members = this.ids.get("members");
		as("theo.entrepreneur").put("/api/resources/" + members, resource("DOCUMENT", "Piraté", "MEMBERS")).expect(403);
		as("marie.entrepreneur")
			.put("/api/resources/" + this.ids.get("theo-draft"), resource("DOCUMENT", "Piraté", "MEMBERS"))
			.expect(404);
		as("marie.entrepreneur").delete("/api/resources/" + this.ids.get("theo-draft")).expect(404);
		as("theo.entrepreneur").delete("/api/resources/" + members).expect(403);
		as(null).post("/api/resources", resource("DOCUMENT", "Anonyme", "MEMBERS")).expect(401);
		as("sophie.prescriber").post("/api/resources", resource("DOCUMENT", "Prescriptrice", "MEMBERS")).expect(403);
		as("paul.funder").get("/api/resources/mine").expect(403);
		// a draft is deleted by its author, files and all
		as("theo.entrepreneur").delete("/api/resources/" + this.ids.get("theo-draft")).expect(204);
		as("theo.entrepreneur").get("/api/resources/public/resources/" + this.slugs.get("theo-draft")).expect(404);
	}

}
