package coop.resources.library;

import java.time.Duration;
import java.util.Map;

import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.MessageProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each step of a contribution is told on the broker through the outbox, saved in the same
 * write as the step: the reviewers when it waits (the author's coach), the author when it
 * is validated, refused or withdrawn, and the reviewer once when the date they chose to
 * look at it again has come.
 */
class MessagesIT extends CentreTestBase {

	@Autowired
	ReviewReminders reminders;

	@Test
	void eachStepOfAContributionIsTold() {
		try (MessageProbe<MessageEnvelope> probe = probe("resources.resource.*")) {
			JsonNode draft = as("marie.entrepreneur")
				.post("/api/resources", resource("DOCUMENT", "Vendre sur les marchés", "MEMBERS"))
				.expect(201);
			String id = draft.path("id").asString();
			String page = "http://localhost:8080/intranet/ressources/" + draft.path("slug").asString();

			as("marie.entrepreneur").post("/api/resources/" + id + "/submit", null).expect(200);
			JsonNode submitted = probe.nextMatching(about("resources.resource.submitted", id), WAIT).payload();
			assertThat(submitted.path("title").asString()).startsWith("Vendre sur les marchés");
			assertThat(submitted.path("author").path("email").asString())
				.isEqualTo("marie.dupont@demo.coopemploi.test");
			assertThat(submitted.path("reviewers").valueStream().map((r) -> r.path("email").asString())).as("her coach")
				.containsExactly("lucas.favre@demo.coopemploi.test");
			assertThat(submitted.path("update").asBoolean()).isFalse();
			assertThat(submitted.path("reviewUrl").asString()).isEqualTo(page);

			as("lucas.coach").post("/api/resources/" + id + "/reject", Map.of("reason", "  Précisez les dates.  "))
				.expect(200);
			JsonNode rejected = probe.nextMatching(about("resources.resource.rejected", id), WAIT).payload();
			assertThat(rejected.path("reason").asString()).isEqualTo("Précisez les dates.");
			assertThat(rejected.path("reviewerName").asString()).isEqualTo("Lucas Favre");
			assertThat(rejected.path("author").path("firstName").asString()).isEqualTo("Marie");

			as("marie.entrepreneur").post("/api/resources/" + id + "/submit", null).expect(200);
			probe.nextMatching(about("resources.resource.submitted", id), WAIT);
			as("lucas.coach").post("/api/resources/" + id + "/validate", null).expect(200);
			JsonNode validated = probe.nextMatching(about("resources.resource.validated", id), WAIT).payload();
			assertThat(validated.path("firstPublication").asBoolean()).isTrue();
			assertThat(validated.path("pageUrl").asString()).isEqualTo(page);

			as("ines.coach").post("/api/resources/" + id + "/withdraw", Map.of("reason", "Le marché n'a plus lieu."))
				.expect(200);
			JsonNode withdrawn = probe.nextMatching(about("resources.resource.withdrawn", id), WAIT).payload();
			assertThat(withdrawn.path("reviewerName").asString()).isEqualTo("Inès Bouvier");
			assertThat(withdrawn.path("reason").asString()).isEqualTo("Le marché n'a plus lieu.");
		}
	}

	@Test
	void aCoachsOwnContributionGoesToTheOtherCoaches() {
		try (MessageProbe<MessageEnvelope> probe = probe("resources.resource.submitted")) {
			JsonNode draft = as("lucas.coach").post("/api/resources", resource("TRAINING", "Atelier prix", "COACHES"))
				.expect(201);
			String id = draft.path("id").asString();
			as("lucas.coach").post("/api/resources/" + id + "/submit", null).expect(200);
			JsonNode submitted = probe.nextMatching(about("resources.resource.submitted", id), WAIT).payload();
			assertThat(submitted.path("reviewers").valueStream().map((r) -> r.path("email").asString()))
				.contains("ines.bouvier@demo.coopemploi.test")
				.doesNotContain("lucas.favre@demo.coopemploi.test");
		}
	}

	@Test
	void aReviewDateIsRemindedOnceToWhoeverSetIt() {
		JsonNode published = published("camille.staff", "lucas.coach",
				withUrl(resource("LINK", "Annuaire des marchés", "MEMBERS")));
		String id = published.path("id").asString();
		as("ines.coach")
			.put("/api/resources/" + id + "/review-date", Map.of("reviewBy", parisToday().plusDays(1).toString()))
			.expect(200);
		try (MessageProbe<MessageEnvelope> probe = probe("resources.resource.review-due")) {
			this.reminders.remindDue();
			assertThat(probe.drain(Duration.ofSeconds(2)).stream().filter(about(id))).as("not yet due").isEmpty();

			// the date has come (set in the store, as time passes)
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
					new Update().set("moderation.reviewBy", parisToday().minusDays(1)), Resource.class);
			this.reminders.remindDue();
			this.reminders.remindDue();
			java.util.List<MessageEnvelope> reminders = probe.drain(Duration.ofSeconds(5))
				.stream()
				.filter(about(id))
				.toList();
			assertThat(reminders).hasSize(1);
			assertThat(reminders.get(0).payload().path("reviewer").path("email").asString())
				.isEqualTo("ines.bouvier@demo.coopemploi.test");
		}
	}

	private static Map<String, Object> withUrl(Map<String, Object> request) {
		request.put("url", "https://www.marches-haute-savoie.example.org");
		return request;
	}

}
