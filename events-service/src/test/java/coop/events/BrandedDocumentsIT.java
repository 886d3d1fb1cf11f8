package coop.events;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import biweekly.ICalendar;
import coop.events.agenda.AgendaEvent;
import coop.events.agenda.Audience;
import coop.events.agenda.EventKind;
import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.messaging.cooperative.CooperativeCopy;
import coop.platform.test.StrictCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff change the cooperative's settings in members-service: the next sign-in sheet,
 * attendance certificate and calendar feed carry the new name, town, address and
 * organizer; before any settings, the neutral name.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "eureka.client.enabled=false",
		"coop.team-mailbox=contact@coopemploi.com", "coop.cooperative-copy.enabled=true" })
class BrandedDocumentsIT extends EventsIntegrationTest {

	@Autowired
	BrokerPublisher broker;

	@Autowired
	CooperativeCopy cooperative;

	@BeforeEach
	@AfterEach
	void neutralSettings() {
		this.jdbc.update("delete from platform_cooperative");
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	void changeSettings(String name, String town) {
		this.broker.publish(MessageEnvelope.of(
				new CooperativeChanged(name, null, "#1a5e3a", null, null,
						new CooperativeChanged.PostalAddress("3 rue du Port", "74000", town), "equipe@lac.test", null,
						name, null, null, "http://localhost:8080", List.of(), List.of(), Instant.now()),
				Instant.now()));
		Instant deadline = Instant.now().plusSeconds(20);
		while (!name.equals(this.cooperative.current().name()) && Instant.now().isBefore(deadline)) {
			sleepMillis(100);
		}
		assertThat(this.cooperative.current().name()).isEqualTo(name);
	}

	byte[] pdf(String uri, String username) {
		return call(HttpMethod.GET, uri, username, null).expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	String publicFeed() {
		return this.client.get()
			.uri("/api/events/public/agenda.ics")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	void theNextSheetCertificateAndFeedAfterASettingsChangeCarryTheNewName() throws IOException {
		AgendaEvent workshop = event(EventKind.WORKSHOP, Audience.MEMBERS, 8, Duration.ofDays(1));
		Map<String, Object> registration = json(call(HttpMethod.POST, "/api/events/me/registrations",
				"theo.entrepreneur", Map.of("eventId", workshop.id().toString()))
			.expectStatus()
			.isCreated());
		this.jdbc.update("update agenda_event set starts_at = now() - interval '3 hours', ends_at = now() - interval"
				+ " '1 hour' where id = ?", workshop.id());
		call(HttpMethod.PUT, "/api/events/coach/sessions/" + workshop.id() + "/attendance", "lucas.coach",
				List.of(Map.of("registrationId", registration.get("id"), "attendance", "PRESENT")))
			.expectStatus()
			.isOk();
		String sheetUri = "/api/events/coach/sessions/" + workshop.id() + "/sign-in-sheet.pdf";
		String certificateUri = "/api/events/me/attendance/certificate.pdf";
		assertThat(text(pdf(sheetUri, "lucas.coach")))
			.contains("Coopérative d'activités et d'emploi — Feuille d'émargement");
		meeting(5);
		assertThat(StrictCalendar.parse(publicFeed()).getExperimentalProperty("X-WR-CALNAME").getValue())
			.isEqualTo("Agenda de Coopérative d'activités et d'emploi");

		changeSettings("Coopérative du Lac", "Annecy");

		assertThat(text(pdf(sheetUri, "lucas.coach"))).contains("Coopérative du Lac — Feuille d'émargement")
			.contains("Coopérative du Lac — 3 rue du Port, 74000 Annecy");
		assertThat(text(pdf(certificateUri, "theo.entrepreneur")))
			.contains("Coopérative du Lac, 3 rue du Port, 74000 Annecy, atteste que Théo Girard")
			.contains("Fait à Annecy, le")
			.contains("L'équipe de Coopérative du Lac");
		ICalendar feed = StrictCalendar.parse(publicFeed());
		assertThat(feed.getExperimentalProperty("X-WR-CALNAME").getValue()).isEqualTo("Agenda de Coopérative du Lac");
		assertThat(feed.getEvents()).allSatisfy((event) -> {
			assertThat(event.getOrganizer().getCommonName()).isEqualTo("Coopérative du Lac");
			assertThat(event.getOrganizer().getEmail()).isEqualTo("equipe@lac.test");
		});

		changeSettings("Coopérative des Aravis", "Thônes");
		assertThat(text(pdf(certificateUri, "theo.entrepreneur"))).contains("Fait à Thônes, le")
			.contains("L'équipe de Coopérative des Aravis")
			.doesNotContain("du Lac");
	}

	static void sleepMillis(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
