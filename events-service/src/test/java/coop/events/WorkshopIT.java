package coop.events;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import coop.events.agenda.AgendaEvent;
import coop.events.agenda.Audience;
import coop.events.agenda.EventKind;
import coop.platform.messaging.MessageEnvelope;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workshops with real tokens: an entrepreneur registers, the coach marks the absence, the
 * entrepreneur is offered the next session of the theme and re-registers in one click;
 * sign-in sheet and certificate are real PDFs.
 */
class WorkshopIT extends EventsIntegrationTest {

	AgendaEvent workshop(String theme, Duration startsIn) {
		AgendaEvent workshop = event(EventKind.WORKSHOP, Audience.MEMBERS, 8, startsIn);
		this.jdbc.update("update agenda_event set theme = ? where id = ?", theme, workshop.id());
		return workshop;
	}

	void startNow(AgendaEvent event) {
		this.jdbc.update("update agenda_event set starts_at = now() - interval '3 hours', ends_at = now() - interval"
				+ " '1 hour' where id = ?", event.id());
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void afterAnAbsenceTheNextSessionOfTheThemeIsOfferedAndTakenInOneClick() throws IOException {
		String theme = "Thème " + java.util.UUID.randomUUID();
		AgendaEvent missed = workshop(theme, Duration.ofDays(2));
		AgendaEvent next = workshop(theme, Duration.ofDays(9));

		Map<String, Object> registration = json(call(HttpMethod.POST, "/api/events/me/registrations",
				"marie.entrepreneur", Map.of("eventId", missed.id().toString()))
			.expectStatus()
			.isCreated());
		assertThat(registration).containsEntry("status", "CONFIRMED");
		call(HttpMethod.POST, "/api/events/me/registrations", "marie.entrepreneur",
				Map.of("eventId", missed.id().toString()))
			.expectStatus()
			.isEqualTo(409);

		startNow(missed);
		byte[] sheet = call(HttpMethod.GET, "/api/events/coach/sessions/" + missed.id() + "/sign-in-sheet.pdf",
				"lucas.coach", null)
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(text(sheet)).contains("Feuille d'émargement").contains("Dupont").contains("Marie");

		call(HttpMethod.PUT, "/api/events/coach/sessions/" + missed.id() + "/attendance", "lucas.coach",
				List.of(Map.of("registrationId", registration.get("id"), "attendance", "ABSENT")))
			.expectStatus()
			.isOk();
		List<MessageEnvelope> recorded = messages("events.attendance.recorded", 1);
		assertThat(recorded.get(0).payload().path("attendance").asString()).isEqualTo("ABSENT");
		assertThat(recorded.get(0).payload().path("nextSession").path("id").asString()).isEqualTo(next.id().toString());

		Map<String, Object> workshops = json(
				call(HttpMethod.GET, "/api/events/me/workshops", "marie.entrepreneur", null).expectStatus().isOk());
		List<Map<String, Object>> suggestions = (List<Map<String, Object>>) workshops.get("suggestions");
		assertThat(suggestions).anySatisfy(
				(s) -> assertThat(((Map<String, Object>) s.get("next")).get("id")).isEqualTo(next.id().toString()));
		call(HttpMethod.POST, "/api/events/me/registrations", "marie.entrepreneur",
				Map.of("eventId", next.id().toString()))
			.expectStatus()
			.isCreated();
		List<Map<String, Object>> after = (List<Map<String, Object>>) json(
				call(HttpMethod.GET, "/api/events/me/workshops", "marie.entrepreneur", null).expectStatus().isOk())
			.get("suggestions");
		assertThat(after).noneSatisfy(
				(s) -> assertThat(((Map<String, Object>) s.get("next")).get("id")).isEqualTo(next.id().toString()));
	}

	@Test
	void theCertificateListsTheSessionsAttended() throws IOException {
		AgendaEvent attended = workshop("Certificat " + java.util.UUID.randomUUID(), Duration.ofDays(1));
		Map<String, Object> registration = json(call(HttpMethod.POST, "/api/events/me/registrations",
				"theo.entrepreneur", Map.of("eventId", attended.id().toString()))
			.expectStatus()
			.isCreated());
		startNow(attended);
		call(HttpMethod.PUT, "/api/events/coach/sessions/" + attended.id() + "/attendance", "lucas.coach",
				List.of(Map.of("registrationId", registration.get("id"), "attendance", "PRESENT")))
			.expectStatus()
			.isOk();

		byte[] certificate = call(HttpMethod.GET, "/api/events/me/attendance/certificate.pdf", "theo.entrepreneur",
				null)
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(text(certificate)).contains("Attestation de présence")
			.contains("Théo Girard")
			.contains(attended.title());
		call(HttpMethod.GET, "/api/events/me/attendance", "theo.entrepreneur", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.event.id=='" + attended.id() + "')].attendance")
			.isEqualTo(List.of("PRESENT"));
	}

	@Test
	void attendanceBeforeTheSessionOrForSomeoneNotRegisteredIsRefused() {
		AgendaEvent coming = workshop("Futur", Duration.ofDays(3));
		call(HttpMethod.PUT, "/api/events/coach/sessions/" + coming.id() + "/attendance", "lucas.coach",
				List.of(Map.of("registrationId", java.util.UUID.randomUUID().toString(), "attendance", "PRESENT")))
			.expectStatus()
			.isEqualTo(409);
		call(HttpMethod.PUT, "/api/events/coach/sessions/" + coming.id() + "/attendance", "marie.entrepreneur",
				List.of())
			.expectStatus()
			.isForbidden();
	}

	@Test
	@SuppressWarnings("unchecked")
	void staffOfAnAntennaRecordTheirAntennasSessionsOnlyWhileCoachesLeadAnywhere() {
		AgendaEvent seynod = workshop("Seynod " + java.util.UUID.randomUUID(), Duration.ofDays(4));
		AgendaEvent annemasse = workshop("Annemasse " + java.util.UUID.randomUUID(), Duration.ofDays(5));
		this.jdbc.update("update agenda_event set antenna_code = 'annemasse', antenna_name = 'Annemasse' where id = ?",
				annemasse.id());

		List<Map<String, Object>> listed = call(HttpMethod.GET, "/api/events/coach/sessions", "nadia.staff", null)
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		assertThat(listed).extracting((session) -> ((Map<String, Object>) session.get("event")).get("id"))
			.contains(annemasse.id().toString())
			.doesNotContain(seynod.id().toString());
		call(HttpMethod.GET, "/api/events/coach/sessions/" + seynod.id() + "/sign-in-sheet.pdf", "nadia.staff", null)
			.expectStatus()
			.isForbidden();
		call(HttpMethod.PUT, "/api/events/coach/sessions/" + seynod.id() + "/attendance", "nadia.staff", List.of())
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Cette session relève d'une autre antenne.");
		call(HttpMethod.GET, "/api/events/coach/sessions/" + annemasse.id() + "/sign-in-sheet.pdf", "nadia.staff", null)
			.expectStatus()
			.isOk();
		// a coach of Annemasse leads a session in Seynod, and the head office sees both
		call(HttpMethod.GET, "/api/events/coach/sessions/" + seynod.id() + "/sign-in-sheet.pdf", "ines.coach", null)
			.expectStatus()
			.isOk();
		call(HttpMethod.GET, "/api/events/coach/sessions/" + seynod.id() + "/registrations", "camille.staff", null)
			.expectStatus()
			.isOk();
	}

}
