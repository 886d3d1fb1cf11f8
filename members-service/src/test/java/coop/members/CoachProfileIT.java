package coop.members;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import coop.platform.contracts.members.CoachProfileChanged;
import coop.platform.contracts.members.Member;
import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.Eventually;
import coop.platform.test.SampleFiles;
import org.bson.Document;
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
 * Coaches' profiles with real tokens: Lucas writes his, which stays off the public list
 * until he consents, then appears there with his antenna and his photo (checked, served
 * in widths); withdrawing consent takes it off; each change is told through the outbox
 * ({@code members.coach-profile.changed}, which refreshes the public page); bad input is
 * refused in French with nothing stored; only coaches write a profile; an erasure removes
 * the profile and its photo.
 */
class CoachProfileIT extends WithRealServers {

	static final String MINE = "/api/members/me/coach-profile";

	static final String COACHES = "/api/members/public/coaches";

	@Autowired
	MongoTemplate mongo;

	@Autowired
	GridFSBucket files;

	@Autowired
	BrokerPublisher publisher;

	@BeforeEach
	void noProfile() {
		this.mongo.getCollection("coach_profiles").deleteMany(new Document());
	}

	@Test
	void aProfileIsPublicOnlyWithConsentAndListedWithItsAntenna() {
		JsonNode empty = json(as("lucas.coach", HttpMethod.GET, MINE, null).expectStatus().isOk());
		assertThat(empty.path("consent").asBoolean()).isFalse();
		assertThat(empty.path("antennaName").asString()).isEqualTo("Seynod");

		json(as("lucas.coach", HttpMethod.PUT, MINE, profile("Création d'entreprise artisanale", false)).expectStatus()
			.isOk());
		JsonNode withPhoto = json(
				photo("lucas.coach", "portrait.png", SampleFiles.png(800, 600), MediaType.IMAGE_PNG).expectStatus()
					.isOk());
		String photoId = withPhoto.path("photo").path("id").asString();
		assertThat(withPhoto.path("photo").path("alt").asString()).isEqualTo("Photo de Lucas Favre");
		assertThat(withPhoto.path("photo").path("srcset").asString()).contains("320w").contains(".webp");
		assertThat(names()).as("without consent nothing is public").doesNotContain("Lucas Favre");
		this.client.get()
			.uri("/api/members/public/coach-photos/" + photoId + "/320.webp")
			.exchange()
			.expectStatus()
			.isNotFound();
		// he sees his own photo while it is not public
		as("lucas.coach", HttpMethod.GET, MINE + "/photos/" + photoId + "/320.webp", null).expectStatus().isOk();

		JsonNode consented;
		relayed(LUCAS);
		try (Probe told = probe("members.coach-profile.changed")) {
			consented = json(as("lucas.coach", HttpMethod.PUT, MINE, profile("Création d'entreprise artisanale", true))
				.expectStatus()
				.isOk());
			CoachProfileChanged change = nextChange(told, LUCAS);
			assertThat(change.listed()).as("listed once he consents").isTrue();
		}
		assertThat(consented.path("consent").asBoolean()).isTrue();
		assertThat(consented.path("consentedAt").asString()).isNotBlank();
		assertThat(consented.path("photo").path("id").asString()).isEqualTo(photoId);
		JsonNode lucas = coach("Lucas Favre");
		assertThat(lucas.path("speciality").asString()).isEqualTo("Création d'entreprise artisanale");
		assertThat(lucas.path("antennaName").asString()).isEqualTo("Seynod");
		assertThat(lucas.path("photo").path("alt").asString()).isEqualTo("Photo de Lucas Favre");
		assertThat(lucas.path("photo").path("src").asString())
			.startsWith("/api/members/public/coach-photos/" + photoId);
		this.client.get()
			.uri("/api/members/public/coach-photos/" + photoId + "/320.webp")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("image/webp");
		this.client.get()
			.uri("/api/members/public/coach-photos/" + photoId + "/321.webp")
			.exchange()
			.expectStatus()
			.isNotFound();

		// the consent keeps its first date while it stands, and goes when withdrawn
		JsonNode again = json(
				as("lucas.coach", HttpMethod.PUT, MINE, profile("Artisanat", true)).expectStatus().isOk());
		assertThat(again.path("consentedAt").asString()).isEqualTo(consented.path("consentedAt").asString());
		relayed(LUCAS);
		try (Probe told = probe("members.coach-profile.changed")) {
			as("lucas.coach", HttpMethod.PUT, MINE, profile("Artisanat", false)).expectStatus().isOk();
			assertThat(nextChange(told, LUCAS).listed()).as("off the list once consent is withdrawn").isFalse();
		}
		assertThat(names()).doesNotContain("Lucas Favre");
		this.client.get()
			.uri("/api/members/public/coach-photos/" + photoId + "/320.webp")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void badInputIsRefusedInFrenchAndOnlyCoachesWriteAProfile() {
		List<Map<String, Object>> attempts = List.of(profile("", true), profile("<script>alert(1)</script>", true),
				profile("x".repeat(81), true), withPresentation("x".repeat(601)));
		for (Map<String, Object> attempt : attempts) {
			as("lucas.coach", HttpMethod.PUT, MINE, attempt).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://coopemploi.com/problems/validation")
				.jsonPath("$.errors[0].message")
				.value(String.class, (message) -> assertThat(message).isNotBlank().doesNotContain("must"));
		}
		assertThat(this.mongo.getCollection("coach_profiles").countDocuments()).isZero();
		long before = storedFiles();
		photo("lucas.coach", "portrait.jpg", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
				MediaType.IMAGE_JPEG)
			.expectStatus()
			.isEqualTo(415)
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains("PNG, JPEG"));
		photo("lucas.coach", "portrait.png", SampleFiles.truncatedPng(), MediaType.IMAGE_PNG).expectStatus()
			.isBadRequest();
		assertThat(storedFiles()).isEqualTo(before);
		assertThat(this.mongo.getCollection("coach_profiles").countDocuments()).isZero();

		as("marie.entrepreneur", HttpMethod.PUT, MINE, profile("Bijoux", true)).expectStatus().isForbidden();
		as(null, HttpMethod.GET, MINE, null).expectStatus().isUnauthorized();
		as(null, HttpMethod.GET, COACHES, null).expectStatus().isOk();
	}

	@Test
	void anErasureRemovesTheProfileAndItsPhoto() {
		String email = "accompagnement-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		@SuppressWarnings("unchecked")
		Map<String, Object> invited = as("camille.staff", HttpMethod.POST, "/api/members/staff/people", Map
			.of("firstName", "Paul", "lastName", "Morel", "email", email, "role", "coach", "antenna", "annemasse"))
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String subject = (String) invited.get("subject");
		this.mongo.getCollection("coach_profiles")
			.insertOne(new Document("_id", subject).append("speciality", "Services à la personne")
				.append("consentedAt", java.util.Date.from(Instant.now()))
				.append("updatedAt", java.util.Date.from(Instant.now())));
		this.files.uploadFromStream("portrait.webp", new ByteArrayInputStream(new byte[] { 1, 2, 3 }),
				new GridFSUploadOptions().metadata(new Document("owner", subject).append("coachProfile", subject)));
		assertThat(coach("Paul Morel").path("antennaName").asString()).isEqualTo("Annemasse");

		this.publisher.publish(MessageEnvelope.of(new PrivacyRequested(UUID.randomUUID(), PrivacyRequested.Kind.ERASURE,
				new Member(subject, "Paul", "Morel", email), Instant.now()), Instant.now()));
		Eventually.await(() -> this.mongo.getCollection("coach_profiles").countDocuments(new Document("_id", subject)),
				(count) -> count == 0, Duration.ofSeconds(20));
		assertThat(this.mongo.getCollection("coach_profiles").countDocuments(new Document("_id", subject))).isZero();
		assertThat(this.files.find(new Document("metadata.coachProfile", subject)).first()).isNull();
		assertThat(names()).doesNotContain("Paul Morel");
	}

	/**
	 * Waits until the profile's earlier messages left its outbox (published), so that a
	 * probe opened next hears only what follows.
	 */
	private void relayed(String subject) {
		List<Document> pending = Eventually.await(() -> this.mongo.getCollection("coach_profiles")
			.find(new Document("_id", subject))
			.first()
			.getList("outbox", Document.class, List.of()), List::isEmpty, Duration.ofSeconds(10));
		assertThat(pending).as("relayed, then taken out of the document").isEmpty();
	}

	/** The next {@code members.coach-profile.changed} about that coach. */
	private static CoachProfileChanged nextChange(Probe probe, String subject) {
		for (int i = 0; i < 10; i++) {
			List<MessageEnvelope> received = probe.await(1);
			if (received.isEmpty()) {
				break;
			}
			CoachProfileChanged change = received.get(0).payloadAs(CoachProfileChanged.class);
			if (subject.equals(change.subject())) {
				return change;
			}
		}
		throw new AssertionError("No members.coach-profile.changed for " + subject);
	}

	private RestTestClient.ResponseSpec photo(String username, String name, byte[] bytes, MediaType type) {
		return this.client.put()
			.uri(MINE + "/photo?name=" + name)
			.header("Authorization", "Bearer " + keycloak.accessToken(username))
			.contentType(type)
			.body(bytes)
			.exchange();
	}

	private long storedFiles() {
		return this.mongo.getCollection("files.files").countDocuments()
				+ this.mongo.getCollection("files.chunks").countDocuments();
	}

	private List<String> names() {
		JsonNode list = json(this.client.get().uri(COACHES).exchange().expectStatus().isOk());
		return list.valueStream().map((c) -> c.path("name").asString()).toList();
	}

	private JsonNode coach(String name) {
		JsonNode list = json(this.client.get().uri(COACHES).exchange().expectStatus().isOk());
		return list.valueStream()
			.filter((c) -> name.equals(c.path("name").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " is not in the public list: " + list));
	}

	private static JsonNode json(RestTestClient.ResponseSpec response) {
		return response.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	private static Map<String, Object> profile(String speciality, boolean consent) {
		Map<String, Object> profile = new HashMap<>();
		profile.put("speciality", speciality);
		profile.put("presentation", "J'accompagne les artisans depuis dix ans.");
		profile.put("consent", consent);
		return profile;
	}

	private static Map<String, Object> withPresentation(String presentation) {
		Map<String, Object> profile = profile("Artisanat", true);
		profile.put("presentation", presentation);
		return profile;
	}

}
