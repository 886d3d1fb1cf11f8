package coop.resources.library;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import coop.platform.contracts.members.Member;
import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.contracts.privacy.PrivacyAnswered;
import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.Eventually;
import coop.platform.test.MessageProbe;
import coop.platform.test.SampleFiles;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Marie's data in the resource centre: a draft with a PDF, a resource Lucas validated, a
 * question Théo and Lucas answered (she commented, upvoted and accepted), a bookmark and
 * a module's progress. Her export lists them (the file by name and size); her erasure
 * deletes the draft and its file from GridFS, keeps the published resource and the
 * question for the others without her name, and leaves neither her address nor her name
 * in any collection nor in the Solr index.
 */
class PrivacyIT extends CentreTestBase {

	static final String EMAIL = "marie.dupont@demo.coopemploi.test";

	static final Member marie = new Member(MARIE, "Marie", "Dupont", EMAIL);

	@Autowired
	BrokerPublisher broker;

	/** The answers to privacy requests, as members-service receives them. */
	MessageProbe<PrivacyAnswered> answers;

	@BeforeEach
	void answersProbe() {
		this.answers = MessageProbe.bind(this.rabbitAdmin, this.rabbit,
				(body) -> MessageEnvelope.fromJson(body).payloadAs(PrivacyAnswered.class), "privacy.request.answered");
	}

	@AfterEach
	void dropAnswersProbe() {
		this.answers.close();
	}

	@Test
	void exportListsHerContributionsAndErasureLeavesHerNameNowhere() throws Exception {
		String draft = as("marie.entrepreneur").post("/api/resources", resource("DOCUMENT", "Mon plan", "MEMBERS"))
			.expect(201)
			.path("id")
			.asString();
		String fileId = as("marie.entrepreneur")
			.upload(draft, "plan.pdf", SampleFiles.pdf("Plan de Marie Dupont " + this.run))
			.expect(201)
			.path("working")
			.path("files")
			.path(0)
			.path("id")
			.asString();
		String shared = published("marie.entrepreneur", "lucas.coach", resource("DOCUMENT", "Astuce", "MEMBERS"))
			.path("id")
			.asString();
		String lucas = published("lucas.coach", "ines.coach", resource("TRAINING", "Module", "MEMBERS")).path("id")
			.asString();
		as("marie.entrepreneur").put("/api/resources/" + lucas + "/bookmark", null).expect(204);
		this.mongo.save(new ModuleProgress(ModuleProgress.idOf(MARIE, lucas), MARIE, lucas, List.of(0), Instant.now()));
		String question = as("marie.entrepreneur")
			.post("/api/resources/questions", Map.of("space", "MEMBERS", "title", "Quel prix pour " + this.run + " ?",
					"body", "Je débute.", "themes", List.of("SALES")))
			.expect(201)
			.path("id")
			.asString();
		as("theo.entrepreneur")
			.post("/api/resources/questions/" + question + "/answers", Map.of("body", "Un taux, Marie Dupont."))
			.expect(201);
		String byLucas = null;
		for (tools.jackson.databind.JsonNode answer : as("lucas.coach")
			.post("/api/resources/questions/" + question + "/answers", Map.of("body", "Vos charges d'abord."))
			.expect(201)
			.path("answers")) {
			if (answer.path("body").asString().startsWith("Vos charges")) {
				byLucas = answer.path("id").asString();
			}
		}
		as("marie.entrepreneur")
			.post("/api/resources/questions/" + question + "/comments", Map.of("on", byLucas, "body", "Merci !"))
			.expect(201);
		as("marie.entrepreneur").put("/api/resources/questions/" + question + "/votes/" + byLucas, null).expect(200);
		as("marie.entrepreneur").put("/api/resources/questions/" + question + "/accepted", Map.of("answerId", byLucas))
			.expect(200);

		UUID exportId = request(PrivacyRequested.Kind.EXPORT);
		PrivacyAnswered exported = answers(exportId, 1).get(0);
		assertThat(exported.service()).isEqualTo("resources-service");
		String part = this.mapper.writeValueAsString(exported.part());
		assertThat(part).contains("Mon plan " + this.run)
			.contains("plan.pdf")
			.contains("Astuce " + this.run)
			.contains("Quel prix pour " + this.run)
			.contains("Merci !")
			.contains("Module " + this.run);

		UUID erasureId = UUID.randomUUID();
		MessageEnvelope erasure = MessageEnvelope
			.of(new PrivacyRequested(erasureId, PrivacyRequested.Kind.ERASURE, marie, Instant.now()), Instant.now());
		this.broker.publish(erasure);
		this.broker.publish(erasure);
		PrivacyAnswered erased = answers(erasureId, 1).get(0);
		assertThat(erased.deleted()).isGreaterThanOrEqualTo(3);
		assertThat(erased.anonymised()).isGreaterThanOrEqualTo(3);

		// the draft and its file are gone, the others keep the published resource and the
		// question
		assertThat(this.mongo.findById(draft, Resource.class)).isNull();
		assertThat(this.mongo.getCollection("files.files")
			.countDocuments(new Document("_id", new org.bson.types.ObjectId(fileId)))).isZero();
		assertThat(this.mongo.getCollection("files.chunks")
			.countDocuments(new Document("files_id", new org.bson.types.ObjectId(fileId)))).isZero();
		assertThat(as("theo.entrepreneur").get("/api/resources/questions/" + question).expect(200).toString())
			.contains("Un taux, " + Pseudonyms.ERASED)
			.contains(ResourcePrivacy.ANONYMOUS_NAME)
			.doesNotContain("Dupont");
		assertThat(this.mongo.findById(shared, Resource.class).ownerName()).isEqualTo(ResourcePrivacy.ANONYMOUS_NAME);

		Eventually.await(() -> collectionsHolding(EMAIL), List::isEmpty, Duration.ofSeconds(20));
		assertThat(collectionsHolding("Dupont")).isEmpty();
		assertThat(collectionsHolding(MARIE)).isEmpty();
		Eventually.await(this::index, (index) -> !index.contains("dupont") && !index.contains(MARIE),
				Duration.ofSeconds(20));

		UUID againId = request(PrivacyRequested.Kind.ERASURE);
		assertThat(answers(againId, 1).get(0)).satisfies((again) -> {
			assertThat(again.deleted()).isZero();
			assertThat(again.anonymised()).isZero();
		});
		assertThat(this.answers.received((answer) -> answer.requestId().equals(erasureId)))
			.as("the same message delivered twice is answered once")
			.hasSize(1);
	}

	final tools.jackson.databind.json.JsonMapper mapper = coop.platform.contracts.ContractJson.mapper();

	UUID request(PrivacyRequested.Kind kind) {
		UUID requestId = UUID.randomUUID();
		this.broker
			.publish(MessageEnvelope.of(new PrivacyRequested(requestId, kind, marie, Instant.now()), Instant.now()));
		return requestId;
	}

	/**
	 * The collections (GridFS chunks aside: bytes) with a document whose JSON holds it.
	 */
	List<String> collectionsHolding(String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		return this.mongo.getCollectionNames()
			.stream()
			.filter((name) -> !name.endsWith(".chunks"))
			.filter((name) -> this.mongo.getCollection(name)
				.find()
				.map((document) -> document.toJson().toLowerCase(Locale.ROOT).contains(lower))
				.into(new ArrayList<>())
				.contains(true))
			.toList();
	}

	/**
	 * Every stored field of every document of the tests' Solr, as one lower-case text.
	 */
	String index() {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(solr.baseUrl() + "/coop/select?q=*:*&rows=100000&fl=*"))
					.build(), HttpResponse.BodyHandlers.ofString());
			return response.body().toLowerCase(Locale.ROOT);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The answers to that request (waits for {@code count}, at most 15 s). */
	List<PrivacyAnswered> answers(UUID requestId, int count) {
		return this.answers.await((answer) -> answer.requestId().equals(requestId), count, Duration.ofSeconds(15));
	}

}
