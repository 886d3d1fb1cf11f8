package coop.members;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import coop.members.file.AttendedWorkshops;
import coop.members.file.FileAppointments;
import coop.members.file.PersonalFiles;
import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.AppointmentBooked;
import coop.platform.contracts.events.AppointmentCancelled;
import coop.platform.contracts.events.AttendanceRecorded;
import coop.platform.contracts.events.Attendee;
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
 * The personal file with real tokens: who reads it (the entrepreneur, their coach, staff
 * of their antenna; nobody else learns it exists), who changes what, the French refusals
 * that store nothing, and the state message the dashboards keep.
 */
class PersonalFileIT extends WithRealServers {

	static final String MARIE_FILE = "/api/members/files/" + MARIE;

	@Autowired
	PersonalFiles files;

	@Autowired
	AttendedWorkshops workshops;

	@Autowired
	FileAppointments appointments;

	@Autowired
	BrokerPublisher publisher;

	@Autowired
	MongoTemplate mongo;

	@BeforeEach
	void emptyFiles() {
		this.files.deleteAll();
		this.mongo.getCollection("files.files").deleteMany(new org.bson.Document());
		this.mongo.getCollection("files.chunks").deleteMany(new org.bson.Document());
		this.workshops.deleteAll();
		this.appointments.deleteAll();
	}

	@Test
	void theEntrepreneurTheirCoachAndStaffReadTheFileNobodyElse() {
		as("marie.entrepreneur", HttpMethod.GET, "/api/members/me/file", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.person.subject")
			.isEqualTo(MARIE)
			.jsonPath("$.person.coach.name")
			.isEqualTo("Lucas Favre")
			.jsonPath("$.journey.next")
			.isEqualTo("INFORMATION_MEETING")
			.jsonPath("$.can.editJourney")
			.isEqualTo(false)
			.jsonPath("$.can.proposeContact")
			.isEqualTo(true);
		as("marie.entrepreneur", HttpMethod.GET, MARIE_FILE, null).expectStatus().isOk();
		as("lucas.coach", HttpMethod.GET, MARIE_FILE, null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.can.editJourney")
			.isEqualTo(true)
			.jsonPath("$.can.editAnalyticalCode")
			.isEqualTo(false);
		as("camille.staff", HttpMethod.GET, MARIE_FILE, null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.can.editAnalyticalCode")
			.isEqualTo(true);

		// another entrepreneur, another coach, staff of another antenna: as if it did not
		// exist
		for (String stranger : List.of("theo.entrepreneur", "ines.coach", "nadia.staff")) {
			as(stranger, HttpMethod.GET, MARIE_FILE, null).expectStatus()
				.isNotFound()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://coopemploi.com/problems/not-found");
		}
		as("sophie.prescriber", HttpMethod.GET, MARIE_FILE, null).expectStatus().isForbidden();
		as(null, HttpMethod.GET, MARIE_FILE, null).expectStatus().isUnauthorized();
		// a coach has no file of their own
		as("camille.staff", HttpMethod.GET, "/api/members/files/" + LUCAS, null).expectStatus().isNotFound();
	}

	@Test
	void theCoachRecordsCapeSignedAndTheDashboardsAreTold() {
		LocalDate signed = today().minusDays(3);
		try (Probe probe = probe("members.file.changed")) {
			as("lucas.coach", HttpMethod.PUT, MARIE_FILE + "/milestones/CAPE_SIGNED",
					Map.of("reachedOn", signed.toString()))
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.journey.steps[2].milestone")
				.isEqualTo("CAPE_SIGNED")
				.jsonPath("$.journey.steps[2].reached")
				.isEqualTo(true)
				.jsonPath("$.journey.next")
				.isEqualTo("INFORMATION_MEETING")
				.jsonPath("$.agreement.capeStartsOn")
				.isEqualTo(signed.toString())
				.jsonPath("$.history[0].actorName")
				.isEqualTo("Lucas Favre")
				.jsonPath("$.history[0].summary")
				.value(String.class, (summary) -> assertThat(summary).contains("CAPE signé").contains("début du CAPE"));

			List<MessageEnvelope> received = probe.await(1);
			assertThat(received).hasSize(1);
			JsonNode payload = received.get(0).payload();
			assertThat(payload.path("subject").asString()).isEqualTo(MARIE);
			assertThat(payload.path("antenna").asString()).isEqualTo("seynod");
			assertThat(payload.path("coach").asString()).isEqualTo(LUCAS);
			assertThat(payload.path("agreement").path("capeStartsOn").asString()).isEqualTo(signed.toString());
			assertThat(payload.path("milestones").get(0).path("milestone").asString()).isEqualTo("CAPE_SIGNED");
		}
		// Marie sees it on her path
		as("marie.entrepreneur", HttpMethod.GET, "/api/members/me/file", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.journey.reachedCount")
			.isEqualTo(1);
	}

	@Test
	void objectivesWithAnAmountInEurosOrAStatus() {
		as("lucas.coach", HttpMethod.POST, MARIE_FILE + "/objectives",
				Map.of("label", "Chiffre d'affaires de la première année", "kind", "REVENUE", "targetAmount",
						"18 000,50", "dueOn", today().plusMonths(10).toString()))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.objectives[0].targetAmount")
			.isEqualTo("18000.50")
			.jsonPath("$.objectives[0].kindLabel")
			.isEqualTo("Chiffre d'affaires");
		String id = (String) ((List<Map<String, Object>>) as("lucas.coach", HttpMethod.POST, MARIE_FILE + "/objectives",
				Map.of("label", "Ouvrir une boutique en ligne", "kind", "OTHER", "dueOn",
						today().minusDays(1).toString()))
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("objectives")).get(1).get("id");
		as("marie.entrepreneur", HttpMethod.GET, "/api/members/me/file", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.objectives[1].status")
			.isEqualTo("TODO")
			.jsonPath("$.objectives[1].overdue")
			.isEqualTo(true);

		as("lucas.coach", HttpMethod.PUT, MARIE_FILE + "/objectives/" + id,
				Map.of("label", "Ouvrir une boutique en ligne", "kind", "OTHER", "status", "DONE"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.objectives[1].statusLabel")
			.isEqualTo("Atteint")
			.jsonPath("$.objectives[1].overdue")
			.isEqualTo(false);
		as("lucas.coach", HttpMethod.DELETE, MARIE_FILE + "/objectives/" + id, null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.objectives.length()")
			.isEqualTo(1);
		as("lucas.coach", HttpMethod.DELETE, MARIE_FILE + "/objectives/" + id, null).expectStatus().isNotFound();
	}

	@Test
	void badInputIsExplainedInFrenchAndNothingIsStored() {
		as("lucas.coach", HttpMethod.POST, MARIE_FILE + "/objectives",
				Map.of("label", "<script>alert(1)</script>", "kind", "OTHER"))
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("label")
			.jsonPath("$.errors[0].message")
			.value(String.class, (message) -> assertThat(message).contains("sans balise HTML"));
		as("lucas.coach", HttpMethod.POST, MARIE_FILE + "/objectives",
				Map.of("label", "x".repeat(1024 * 1024), "kind", "OTHER"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("label");
		as("lucas.coach", HttpMethod.POST, MARIE_FILE + "/objectives",
				Map.of("label", "Chiffre d'affaires", "kind", "REVENUE"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("targetAmount");
		as("lucas.coach", HttpMethod.POST, MARIE_FILE + "/objectives",
				Map.of("label", "Chiffre d'affaires", "kind", "REVENUE", "targetAmount", "douze mille"))
			.expectStatus()
			.isBadRequest();
		as("lucas.coach", HttpMethod.PUT, MARIE_FILE + "/milestones/CAPE_SIGNED",
				Map.of("reachedOn", today().plusDays(2).toString()))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("reachedOn");
		as("lucas.coach", HttpMethod.PUT, MARIE_FILE + "/milestones/ASTRONAUT", Map.of("reachedOn", "2026-01-01"))
			.expectStatus()
			.isBadRequest();
		as("lucas.coach", HttpMethod.PUT, MARIE_FILE + "/agreement",
				Map.of("capeStartsOn", "2026-03-01", "capeEndsOn", "2026-02-01"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("capeEndsOn");
		as("marie.entrepreneur", HttpMethod.PUT, MARIE_FILE + "/contact",
				Map.of("phone", "javascript:alert(1)", "town", "<b>Seynod</b>"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors.length()")
			.isEqualTo(2);

		assertThat(this.files.findById(MARIE)).isEmpty();
	}

	@Test
	void onlyCoachesAndStaffChangeTheJourneyAndOnlyStaffTheAnalyticalCode() {
		as("marie.entrepreneur", HttpMethod.PUT, MARIE_FILE + "/milestones/CESA_SIGNED",
				Map.of("reachedOn", today().toString()))
			.expectStatus()
			.isForbidden();
		as("ines.coach", HttpMethod.PUT, MARIE_FILE + "/milestones/CESA_SIGNED",
				Map.of("reachedOn", today().toString()))
			.expectStatus()
			.isNotFound();
		as("lucas.coach", HttpMethod.PUT, MARIE_FILE + "/analytical-code", Map.of("analyticalCode", "MDUPONT"))
			.expectStatus()
			.isForbidden();
		assertThat(this.files.findById(MARIE)).isEmpty();

		try (Probe probe = probe("members.file.changed")) {
			as("camille.staff", HttpMethod.PUT, MARIE_FILE + "/analytical-code", Map.of("analyticalCode", "MDUPONT"))
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.analyticalCode")
				.isEqualTo("MDUPONT");
			assertThat(probe.await(1)).singleElement()
				.extracting((envelope) -> envelope.payload().path("analyticalCode").asString())
				.isEqualTo("MDUPONT");
		}
		as("camille.staff", HttpMethod.PUT, "/api/members/files/" + THEO + "/analytical-code",
				Map.of("analyticalCode", "MDUPONT"))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/analytical-code-taken");
		// staff of Annemasse do not manage Théo (Cluses)
		as("nadia.staff", HttpMethod.PUT, "/api/members/files/" + THEO + "/analytical-code",
				Map.of("analyticalCode", "TGIRARD"))
			.expectStatus()
			.isNotFound();
	}

	@Test
	void theEntrepreneurProposesContactDetailsTheCoachAccepts() {
		try (Probe probe = probe("members.file.changed")) {
			as("marie.entrepreneur", HttpMethod.PUT, MARIE_FILE + "/contact",
					Map.of("phone", "06 12 34 56 78", "street", "3 rue du Lac", "postalCode", "74600", "town",
							"Seynod"))
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.contact")
				.doesNotExist()
				.jsonPath("$.contactProposal.proposed.phone")
				.isEqualTo("06 12 34 56 78");
			as("lucas.coach", HttpMethod.POST, MARIE_FILE + "/contact/proposal/accept", null).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.contact.town")
				.isEqualTo("Seynod")
				.jsonPath("$.contactProposal")
				.doesNotExist()
				.jsonPath("$.history[0].summary")
				.isEqualTo("Coordonnées proposées acceptées")
				.jsonPath("$.history[1].actorName")
				.isEqualTo("Marie Dupont");
			// contact details are the file's own: the dashboards are not told
			assertThat(probe.await(1, Duration.ofSeconds(3))).isEmpty();
		}
		as("marie.entrepreneur", HttpMethod.POST, MARIE_FILE + "/contact/proposal/accept", null).expectStatus()
			.isForbidden();
		as("lucas.coach", HttpMethod.DELETE, MARIE_FILE + "/contact/proposal", null).expectStatus().isNotFound();
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Paris"));
	}

	@Test
	void workshopsAttendedAndAppointmentsComeFromEventsService() {
		Attendee marie = new Attendee("Marie", "Dupont", "marie.dupont@demo.coopemploi.test", MARIE);
		Attendee lucas = new Attendee("Lucas", "Favre", "lucas.favre@demo.coopemploi.test", LUCAS);
		Attendee visitor = new Attendee("Léa", "Martin", "lea@example.org", null);
		OffsetDateTime startsAt = OffsetDateTime.of(2026, 2, 10, 14, 0, 0, 0, ZoneOffset.ofHours(1));
		AgendaEventSnapshot workshop = new AgendaEventSnapshot(UUID.randomUUID(), AgendaEventSnapshot.Kind.WORKSHOP,
				"Fixer ses prix", startsAt, startsAt.plusHours(3), "Europe/Paris", "COOP'EMPLOI Seynod", null, null,
				"http://localhost/agenda/x", "seynod");
		UUID registration = UUID.randomUUID();
		Instant recorded = Instant.now();
		this.publisher.publish(MessageEnvelope.of(
				new AttendanceRecorded(registration, workshop, marie, AttendanceRecorded.Attendance.PRESENT, null),
				recorded));
		// an older record arriving late changes nothing; a visitor without an account has
		// no file
		this.publisher.publish(MessageEnvelope.of(
				new AttendanceRecorded(registration, workshop, marie, AttendanceRecorded.Attendance.ABSENT, null),
				recorded.minusSeconds(60)));
		this.publisher.publish(MessageEnvelope.of(new AttendanceRecorded(UUID.randomUUID(), workshop, visitor,
				AttendanceRecorded.Attendance.PRESENT, null), recorded));
		UUID appointment = UUID.randomUUID();
		OffsetDateTime meets = OffsetDateTime.of(2026, 4, 7, 10, 0, 0, 0, ZoneOffset.ofHours(2));
		this.publisher.publish(MessageEnvelope.of(new AppointmentBooked(appointment, lucas, marie, meets,
				meets.plusHours(1), "COOP'EMPLOI Seynod", "Mes premiers devis"), recorded));
		this.publisher.publish(
				MessageEnvelope.of(
						new AppointmentCancelled(appointment, lucas, marie, meets, meets.plusHours(1),
								"COOP'EMPLOI Seynod", AppointmentCancelled.CancelledBy.ENTREPRENEUR),
						recorded.plusSeconds(1)));

		Eventually.await(() -> this.appointments.findById(appointment.toString()),
				(found) -> found.isPresent() && found.get().cancelled(), Duration.ofSeconds(20));
		// one queue, in order: the cancellation was the last message
		assertThat(this.workshops.count()).isEqualTo(1);
		as("marie.entrepreneur", HttpMethod.GET, "/api/members/me/file", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.workshops.length()")
			.isEqualTo(1)
			.jsonPath("$.workshops[0].title")
			.isEqualTo("Fixer ses prix")
			.jsonPath("$.workshops[0].attendanceLabel")
			.isEqualTo("Présent·e")
			.jsonPath("$.badges[0].code")
			.isEqualTo("FIRST_WORKSHOP")
			.jsonPath("$.badges[0].earnedOn")
			.isEqualTo("2026-02-10")
			.jsonPath("$.appointments.length()")
			.isEqualTo(1)
			.jsonPath("$.appointments[0].coachName")
			.isEqualTo("Lucas Favre")
			.jsonPath("$.appointments[0].topic")
			.isEqualTo("Mes premiers devis")
			.jsonPath("$.appointments[0].cancelled")
			.isEqualTo(true);
	}

	RestTestClient.ResponseSpec share(String username, String subject, String name, byte[] bytes, MediaType type) {
		return this.client.post()
			.uri("/api/members/files/" + subject + "/documents?name=" + name)
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
	void marieAndHerCoachExchangeDocumentsThatOnlyTheFilesReadersSee() {
		byte[] pdf = SampleFiles.pdf("Prévisionnel 2027");
		String documentId;
		try (Probe probe = probe("members.file.document-shared")) {
			share("marie.entrepreneur", MARIE, "previsionnel.pdf", pdf, MediaType.APPLICATION_PDF).expectStatus()
				.isCreated()
				.expectBody()
				.jsonPath("$.documents[0].name")
				.isEqualTo("previsionnel.pdf")
				.jsonPath("$.documents[0].mediaType")
				.isEqualTo("application/pdf")
				.jsonPath("$.documents[0].size")
				.isEqualTo(pdf.length)
				.jsonPath("$.documents[0].sharedByName")
				.isEqualTo("Marie Dupont")
				.jsonPath("$.documents[0].sharedByRoleLabel")
				.isEqualTo("Entrepreneur·e")
				.jsonPath("$.documents[0].removable")
				.isEqualTo(true)
				.jsonPath("$.history[0].summary")
				.isEqualTo("Document déposé : previsionnel.pdf");
			documentId = idOfFirstDocument("marie.entrepreneur");
			// her coach is told, with the address of her file as he opens it
			List<MessageEnvelope> received = probe.await(1);
			assertThat(received).hasSize(1);
			JsonNode payload = received.get(0).payload();
			assertThat(payload.path("documentName").asString()).isEqualTo("previsionnel.pdf");
			assertThat(payload.path("sharedByName").asString()).isEqualTo("Marie Dupont");
			assertThat(payload.path("recipients")).hasSize(1);
			assertThat(payload.path("recipients").get(0).path("member").path("subject").asString()).isEqualTo(LUCAS);
			assertThat(payload.path("recipients").get(0).path("fileUrl").asString())
				.endsWith("/intranet/dossiers/" + MARIE);
		}
		String download = MARIE_FILE + "/documents/" + documentId;

		// Lucas reads it, as a download with its type and name, never kept by a shared
		// cache
		byte[] read = this.client.get()
			.uri(download)
			.header("Authorization", "Bearer " + keycloak.accessToken("lucas.coach"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/pdf")
			.expectHeader()
			.value("Content-Disposition",
					(value) -> assertThat(value).startsWith("attachment").contains("previsionnel.pdf"))
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.value("Cache-Control", (value) -> assertThat(value).contains("private").contains("no-store"))
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(read).isEqualTo(pdf);
		as("camille.staff", HttpMethod.GET, download, null).expectStatus().isOk();
		as("marie.entrepreneur", HttpMethod.GET, download, null).expectStatus().isOk();

		// Théo, Inès and Annemasse staff cannot read Marie's documents, nor list them,
		// nor add one
		for (String stranger : List.of("theo.entrepreneur", "ines.coach", "nadia.staff")) {
			as(stranger, HttpMethod.GET, download, null).expectStatus().isNotFound();
			as(stranger, HttpMethod.DELETE, download, null).expectStatus().isNotFound();
			share(stranger, MARIE, "intrus.pdf", pdf, MediaType.APPLICATION_PDF).expectStatus().isNotFound();
		}
		as("sophie.prescriber", HttpMethod.GET, download, null).expectStatus().isForbidden();
		as(null, HttpMethod.GET, download, null).expectStatus().isUnauthorized();
		// nor through his own file's address
		as("theo.entrepreneur", HttpMethod.GET, "/api/members/files/" + THEO + "/documents/" + documentId, null)
			.expectStatus()
			.isNotFound();

		// Lucas answers with a document of his: Marie is told; he cannot remove hers, she
		// can
		try (Probe probe = probe("members.file.document-shared")) {
			share("lucas.coach", MARIE, "compte-rendu.docx", SampleFiles.docx(), MediaType.APPLICATION_OCTET_STREAM)
				.expectStatus()
				.isCreated()
				.expectBody()
				.jsonPath("$.documents[0].name")
				.isEqualTo("compte-rendu.docx")
				.jsonPath("$.documents[0].sharedByRoleLabel")
				.isEqualTo("Accompagnateur·rice")
				.jsonPath("$.documents[1].removable")
				.isEqualTo(false);
			JsonNode payload = probe.await(1).get(0).payload();
			assertThat(payload.path("recipients").get(0).path("member").path("email").asString())
				.isEqualTo("marie.dupont@demo.coopemploi.test");
			assertThat(payload.path("recipients").get(0).path("fileUrl").asString()).endsWith("/intranet/mon-dossier");
		}
		as("lucas.coach", HttpMethod.DELETE, download, null).expectStatus().isForbidden();
		long before = storedFiles();
		as("marie.entrepreneur", HttpMethod.DELETE, download, null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.documents.length()")
			.isEqualTo(1)
			.jsonPath("$.history[0].summary")
			.isEqualTo("Document retiré : previsionnel.pdf");
		assertThat(storedFiles()).isLessThan(before);
		as("lucas.coach", HttpMethod.GET, download, null).expectStatus().isNotFound();
	}

	@Test
	void aBadFileIsRefusedInFrenchAndNothingStays() {
		long before = storedFiles();
		// an executable script named as a PDF: its bytes decide
		share("marie.entrepreneur", MARIE, "devis.pdf",
				"#!/bin/sh\nrm -rf /\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), MediaType.APPLICATION_PDF)
			.expectStatus()
			.isEqualTo(415)
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains("PDF"));
		share("marie.entrepreneur", MARIE, "html.pdf",
				"<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
				MediaType.APPLICATION_PDF)
			.expectStatus()
			.isEqualTo(415);
		// a corrupted PDF, a zip bomb, a path for a name
		share("marie.entrepreneur", MARIE, "abime.pdf", SampleFiles.corruptedPdf(), MediaType.APPLICATION_PDF)
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		share("marie.entrepreneur", MARIE, "bombe.zip", SampleFiles.zipBomb(50), MediaType.APPLICATION_OCTET_STREAM)
			.expectStatus()
			.value((status) -> assertThat(status).isIn(400, 413, 415));
		share("marie.entrepreneur", MARIE, "..\\..\\secret.pdf", SampleFiles.pdf("x"), MediaType.APPLICATION_PDF)
			.expectStatus()
			.isBadRequest();
		// over 20 MB: refused at the declared length, before reading (the server may
		// close the connection while
		// the client still sends: either way nothing is kept)
		try {
			share("marie.entrepreneur", MARIE, "gros.pdf", new byte[21 * 1024 * 1024], MediaType.APPLICATION_PDF)
				.expectStatus()
				.isEqualTo(413);
		}
		catch (org.springframework.web.client.ResourceAccessException cut) {
			assertThat(cut).hasMessageContaining("Broken pipe");
		}
		assertThat(storedFiles()).isEqualTo(before);
		as("marie.entrepreneur", HttpMethod.GET, "/api/members/me/file", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.documents.length()")
			.isEqualTo(0);
	}

	private String idOfFirstDocument(String username) {
		return as(username, HttpMethod.GET, "/api/members/me/file", null).expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.path("documents")
			.get(0)
			.path("id")
			.asString();
	}

}
