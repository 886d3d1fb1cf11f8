package coop.members.privacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.mongodb.client.gridfs.GridFSBucket;
import coop.members.WithRealServers;
import coop.members.keycloak.KeycloakAdmin;
import coop.members.people.Person;
import coop.platform.contracts.members.CoachProfileChanged;
import coop.platform.contracts.members.PrivacyArchiveReady;
import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.contracts.members.ShowcaseWithdrawn;
import coop.platform.contracts.notification.PrivacyAsked;
import coop.platform.contracts.privacy.PrivacyAnswered;
import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.Eventually;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GDPR requests on the real servers: an export gathers every service's part (the other
 * services' answers published here as they would publish them) into one archive behind a
 * secret link; an erasure suspends the account at once, can be undone in its grace
 * period, is published once when due even by two runs at once, and erases
 * members-service's own data (record, showcase, its pictures in GridFS, Keycloak user)
 * leaving an audit without personal data.
 */
class PrivacyIT extends WithRealServers {

	static final List<String> OTHERS = List.of("events-service", "resources-service", "dashboard-service",
			"notification-service");

	@Autowired
	BrokerPublisher broker;

	@Autowired
	PrivacyService privacy;

	@Autowired
	PrivacyRequests requests;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	GridFSBucket files;

	@Autowired
	KeycloakAdmin keycloakAdmin;

	@Test
	@SuppressWarnings("unchecked")
	void anExportGathersEveryServicesPartIntoOneArchiveBehindALink() throws IOException {
		try (Probe requested = probe("members.privacy.requested");
				Probe ready = probe("members.privacy.archive-ready")) {
			// a request left open by an earlier run would be the one answered here
			this.requests
				.findByEmailAndStatusIn("marie.dupont@demo.coopemploi.test",
						List.of(PrivacyRequest.RequestStatus.SCHEDULED, PrivacyRequest.RequestStatus.WAITING))
				.forEach(this.requests::delete);
			Map<String, Object> first = staffAsks("EXPORT", "marie.dupont@demo.coopemploi.test");
			Map<String, Object> again = staffAsks("EXPORT", "Marie.Dupont@demo.coopemploi.test");
			assertThat(again.get("id")).as("asked twice: one request").isEqualTo(first.get("id"));
			assertThat(first).containsEntry("status", "WAITING");
			UUID id = UUID.fromString((String) first.get("id"));
			// other tests' requests may still be on their way: this one's message is told
			// once
			List<MessageEnvelope> told = requested.await(10, Duration.ofSeconds(5))
				.stream()
				.filter((m) -> m.payloadAs(PrivacyRequested.class).requestId().equals(id))
				.toList();
			assertThat(told.stream().map(MessageEnvelope::eventId).distinct()).as("one message, whatever redeliveries")
				.hasSize(1);
			PrivacyRequested message = told.get(0).payloadAs(PrivacyRequested.class);
			assertThat(message.kind()).isEqualTo(PrivacyRequested.Kind.EXPORT);
			assertThat(message.person().subject()).isEqualTo(MARIE);

			Map<String, Object> registration = new LinkedHashMap<>();
			registration.put("event", "Réunion d'information collective");
			answer(id, "events-service", Map.of("registrations", List.of(registration)), "1 inscription");
			answer(id, "events-service", Map.of("registrations", List.of(registration)), "1 inscription");
			answer(id, "resources-service", Map.of(), "Aucune donnée");
			answer(id, "dashboard-service", Map.of("figures", List.of()), "Aucune donnée");
			Map<String, Object> waiting = Eventually.await(() -> staffRequest(id.toString()),
					(r) -> ((List<String>) r.get("waitingFor")).equals(List.of("notification-service")),
					Duration.ofSeconds(20));
			assertThat((List<String>) waiting.get("waitingFor")).as("members-service answered by itself")
				.containsExactly("notification-service");
			assertThat(ready.await(1, Duration.ofSeconds(2))
				.stream()
				.map((m) -> m.payloadAs(PrivacyArchiveReady.class).requestId())
				.filter(id::equals)).as("no archive while a service has not answered").isEmpty();

			answer(id, "notification-service", Map.of("sentMails", List.of()), "Aucun e-mail");
			List<PrivacyArchiveReady> readyMessages = ready.await(5, Duration.ofSeconds(10))
				.stream()
				.map((m) -> m.payloadAs(PrivacyArchiveReady.class))
				.filter((r) -> r.requestId().equals(id))
				.toList();
			assertThat(readyMessages).hasSize(1);
			PrivacyArchiveReady archive = readyMessages.get(0);
			assertThat(archive.person().email()).isEqualTo("marie.dupont@demo.coopemploi.test");
			assertThat(archive.expiresAt()).isAfter(Instant.now().plus(Duration.ofDays(6)));
			String path = archive.downloadUrl().substring(archive.downloadUrl().indexOf("/api/members/"));

			byte[] zip = this.client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentType("application/zip")
				.expectBody(byte[].class)
				.returnResult()
				.getResponseBody();
			Map<String, String> entries = unzip(zip);
			assertThat(entries).containsOnlyKeys("members-service.json", "events-service.json",
					"resources-service.json", "dashboard-service.json", "notification-service.json", "resume.html");
			assertThat(entries.get("members-service.json")).contains("marie.dupont@demo.coopemploi.test")
				.contains("Marie")
				.contains("Dupont");
			assertThat(entries.get("events-service.json")).contains("Réunion d'information collective");
			assertThat(entries.get("resume.html")).contains("Vos données personnelles")
				.contains("Agenda : inscriptions, présences et rendez-vous")
				.contains("1 inscription");
			assertThat(staffRequest(id.toString())).containsEntry("status", "DONE");

			this.client.get()
				.uri("/api/members/public/privacy/archives/" + "x".repeat(43))
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://coopemploi.com/problems/invalid-link")
				.jsonPath("$.detail")
				.value((String detail) -> assertThat(detail).contains("n'est pas valide"));
			// still there the day before its period (the export archives' retention, 7
			// days)
			this.privacy.runDue(Instant.now().plus(Duration.ofDays(6)));
			assertThat(this.requests.findById(id.toString()).orElseThrow().archiveId()).isNotNull();
			Instant expiry = Instant.now().plus(Duration.ofDays(8));
			this.privacy.runDue(expiry);
			this.client.get().uri(path).exchange().expectStatus().isNotFound();
			assertThat(this.requests.findById(id.toString()).orElseThrow().email()).as("expired: identity gone")
				.isNull();
			// the retention report counts it
			assertThat(
					this.mongo.getCollection("retention_runs")
						.countDocuments(new org.bson.Document("service", "members-service")
							.append("ranAt", java.util.Date.from(expiry))
							.append("removed.kind", "EXPORT_ARCHIVES")))
				.isOne();
		}
	}

	@Test
	void anExportIsRefusedWhileAnErasureIsPendingAndAnUndoneErasureErasesNothing() {
		String visitor = "visiteur-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		Map<String, Object> erasure = staffAsks("ERASURE", visitor);
		assertThat(erasure).containsEntry("status", "SCHEDULED").containsEntry("undoable", true);
		assertThat(Instant.parse((String) erasure.get("dueAt"))).isAfter(Instant.now().plus(Duration.ofDays(6)));
		assertThat(staffAsks("ERASURE", visitor).get("id")).isEqualTo(erasure.get("id"));

		as("camille.staff", HttpMethod.POST, "/api/members/staff/privacy-requests",
				Map.of("kind", "EXPORT", "email", visitor))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/erasure-pending")
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("effacement"));

		as("camille.staff", HttpMethod.POST, "/api/members/staff/privacy-requests/" + erasure.get("id") + "/undo", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CANCELLED");
		assertThat(this.privacy.runDue(Instant.now().plus(Duration.ofDays(8)))).as("an undone erasure never runs")
			.isZero();
		as("camille.staff", HttpMethod.POST, "/api/members/staff/privacy-requests/" + erasure.get("id") + "/undo", null)
			.expectStatus()
			.isEqualTo(409);
		assertThat(staffAsks("EXPORT", visitor)).containsEntry("status", "WAITING");
	}

	@Test
	void anErasureSuspendsTheAccountAtOnceAndAnUndoInTheGracePeriodRestoresIt() {
		Map<String, Object> invited = invite();
		String subject = (String) invited.get("subject");
		String email = (String) invited.get("email");
		Map<String, Object> erasure = staffAsks("ERASURE", email);
		assertThat(this.people.findBySubject(subject).orElseThrow().status()).isEqualTo(Person.Status.DEACTIVATED);
		as("camille.staff", HttpMethod.POST, "/api/members/staff/privacy-requests/" + erasure.get("id") + "/undo", null)
			.expectStatus()
			.isOk();
		assertThat(this.people.findBySubject(subject).orElseThrow().status()).isEqualTo(Person.Status.ACTIVE);
		assertThat(this.keycloakAdmin.findByEmail(email)).contains(subject);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aDueErasureIsPublishedOnceAndErasesTheRecordShowcasePicturesAndKeycloakUser() throws Exception {
		Map<String, Object> invited = invite();
		String subject = (String) invited.get("subject");
		String email = (String) invited.get("email");
		String slug = "atelier-" + subject.substring(0, 8);
		this.mongo.getCollection("showcases")
			.insertOne(new Document("slug", slug).append("formerSlugs", List.of(slug + "-ancien"))
				.append("ownerSubject", subject)
				.append("published", true));
		this.files.uploadFromStream("photo.webp", new ByteArrayInputStream(new byte[] { 1, 2, 3 }),
				new com.mongodb.client.gridfs.model.GridFSUploadOptions()
					.metadata(new Document("owner", subject).append("showcase", "x")));
		// their personal file (keyed by the subject) with a document their coach shared
		this.mongo.getCollection("personal_files")
			.insertOne(new Document("_id", subject).append("documents",
					List.of(new Document("name", "compte-rendu-garnier.txt").append("sharedByName", "Lucas Favre"))));
		this.files.uploadFromStream("compte-rendu-garnier.txt",
				new ByteArrayInputStream("Compte rendu du rendez-vous avec Nina Garnier".getBytes()),
				new com.mongodb.client.gridfs.model.GridFSUploadOptions()
					.metadata(new Document("personalFile", subject).append("sharedBy", "coach-subject")));
		// a public coach profile (erased by subject, whatever the role): the public page
		// is told
		this.mongo.getCollection("coach_profiles")
			.insertOne(new Document("_id", subject).append("speciality", "Commerce")
				.append("consentedAt", java.util.Date.from(Instant.now())));
		Map<String, Object> export = staffAsks("EXPORT", email);
		Eventually.await(() -> staffRequest((String) export.get("id")),
				(r) -> ((List<String>) r.get("waitingFor")).size() == OTHERS.size(), Duration.ofSeconds(20));
		Document part = this.mongo.getCollection("privacy_parts")
			.find(new Document("requestId", export.get("id")).append("service", "members-service"))
			.first();
		assertThat(part).as("members-service's own part of the export").isNotNull();
		assertThat(part.toJson()).contains("personalFile").contains("compte-rendu-garnier.txt").contains("photo.webp");
		Map<String, Object> erasure = staffAsks("ERASURE", email);
		String id = (String) erasure.get("id");

		try (Probe requested = probe("members.privacy.requested");
				Probe withdrawn = probe("members.showcase.withdrawn");
				Probe coachProfile = probe("members.coach-profile.changed")) {
			Instant due = Instant.now().plus(Duration.ofDays(7)).plusSeconds(60);
			CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> this.privacy.runDue(due));
			CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> this.privacy.runDue(due));
			assertThat(one.get() + two.get()).isPositive();
			List<MessageEnvelope> told = requested.await(10, Duration.ofSeconds(8))
				.stream()
				.filter((m) -> m.payloadAs(PrivacyRequested.class).requestId().toString().equals(id))
				.toList();
			// the relay may publish one outbox entry again (a save from a copy read
			// before
			// the relay pulled it puts it back): consumers act once per event id, so what
			// matters is that the two runs started one erasure, one message
			assertThat(told.stream().map(MessageEnvelope::eventId).distinct())
				.as("two runs at once start it once: one message, whatever redeliveries")
				.hasSize(1);
			assertThat(told.get(0).payloadAs(PrivacyRequested.class).kind()).isEqualTo(PrivacyRequested.Kind.ERASURE);
			assertThat(withdrawn.await(2).stream().map((m) -> m.payloadAs(ShowcaseWithdrawn.class).slug()))
				.containsExactlyInAnyOrder(slug, slug + "-ancien");
			assertThat(coachProfile.await(1).stream().map((m) -> m.payloadAs(CoachProfileChanged.class)))
				.singleElement()
				.satisfies((changed) -> {
					assertThat(changed.subject()).isEqualTo(subject);
					assertThat(changed.listed()).isFalse();
				});
		}
		Eventually.await(() -> this.people.findBySubject(subject).isEmpty(), (gone) -> gone, Duration.ofSeconds(20));
		assertThat(this.people.findBySubject(subject)).isEmpty();
		assertThat(this.mongo.getCollection("showcases").countDocuments(new Document("ownerSubject", subject)))
			.isZero();
		assertThat(this.files.find(new Document("metadata.owner", subject)).first()).isNull();
		assertThat(this.mongo.getCollection("coach_profiles").countDocuments(new Document("_id", subject))).isZero();
		assertThat(this.mongo.getCollection("personal_files").countDocuments(new Document("_id", subject)))
			.as("the personal file")
			.isZero();
		assertThat(this.files.find(new Document("metadata.personalFile", subject)).first())
			.as("the document the coach shared in it")
			.isNull();
		assertThat(this.keycloakAdmin.findByEmail(email)).as("Keycloak user deleted").isEmpty();

		for (String service : OTHERS) {
			this.broker.publish(MessageEnvelope.of(new PrivacyAnswered(UUID.fromString(id), service,
					PrivacyRequested.Kind.ERASURE, null, "2 éléments effacés", 2, 1, Instant.now()), Instant.now()));
		}
		Map<String, Object> done = Eventually.await(() -> staffRequest(id), (r) -> "DONE".equals(r.get("status")),
				Duration.ofSeconds(20));
		assertThat(done.get("status")).isEqualTo("DONE");
		assertThat(done.get("email")).isNull();
		assertThat(done.get("name")).isNull();
		assertThat((List<Map<String, Object>>) done.get("services")).hasSize(5)
			.allMatch((s) -> Boolean.TRUE.equals(s.get("answered")));
		Document audit = this.mongo.getCollection("privacy_requests").find(new Document("_id", id)).first();
		assertThat(audit.toJson()).doesNotContain(email).doesNotContain("Nina").doesNotContain("Garnier");
	}

	@Test
	void aPersonAsksForTheirOwnDataAndAVisitorThroughAnEmailLink() {
		as("theo.entrepreneur", HttpMethod.POST, "/api/members/me/privacy/erasure", Map.of()).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("confirm");
		as("theo.entrepreneur", HttpMethod.POST, "/api/members/me/privacy/export", null).expectStatus()
			.isEqualTo(202)
			.expectBody()
			.jsonPath("$.channel")
			.isEqualTo("SELF");
		as("theo.entrepreneur", HttpMethod.GET, "/api/members/me/privacy", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].kind")
			.isEqualTo("EXPORT");
		as(null, HttpMethod.POST, "/api/members/me/privacy/export", null).expectStatus().isUnauthorized();
		as("marie.entrepreneur", HttpMethod.GET, "/api/members/staff/privacy-requests", null).expectStatus()
			.isForbidden();

		String visitor = "lien-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.broker.publish(MessageEnvelope.of(new PrivacyAsked(visitor, PrivacyRequested.Kind.EXPORT, Instant.now()),
				Instant.now()));
		List<PrivacyRequest> found = Eventually.await(() -> this.requests.findByEmail(visitor), (l) -> !l.isEmpty(),
				Duration.ofSeconds(20));
		assertThat(found).hasSize(1);
		assertThat(found.get(0).channel()).isEqualTo(PrivacyRequest.RequestChannel.EMAIL_LINK);
		assertThat(found.get(0).subject()).isNull();
	}

	private void answer(UUID id, String service, Map<String, Object> part, String summary) {
		this.broker.publish(MessageEnvelope.of(
				new PrivacyAnswered(id, service, PrivacyRequested.Kind.EXPORT, part, summary, 0, 0, Instant.now()),
				Instant.now()));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> staffAsks(String kind, String email) {
		return as("camille.staff", HttpMethod.POST, "/api/members/staff/privacy-requests",
				Map.of("kind", kind, "email", email))
			.expectStatus()
			.isEqualTo(202)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> staffRequest(String id) {
		List<Map<String, Object>> all = as("camille.staff", HttpMethod.GET, "/api/members/staff/privacy-requests", null)
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		return all.stream().filter((r) -> id.equals(r.get("id"))).findFirst().orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> invite() {
		String email = "effacement-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		return as("camille.staff", HttpMethod.POST, "/api/members/staff/people", Map.of("firstName", "Nina", "lastName",
				"Garnier", "email", email, "role", "entrepreneur", "antenna", "seynod"))
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}

}
