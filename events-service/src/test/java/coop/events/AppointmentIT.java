package coop.events;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import biweekly.ICalendar;
import coop.platform.test.StrictCalendar;
import coop.platform.messaging.MessageEnvelope;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appointments: one entrepreneur per slot, cancellation within the notice, the coach's
 * note seen only by coaches and that entrepreneur, and the personal calendar feed at a
 * secret address.
 */
class AppointmentIT extends EventsIntegrationTest {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	Map<String, Object> slot(Duration startsIn) {
		Instant start = Instant.now().plus(startsIn);
		return json(call(HttpMethod.POST, "/api/events/coach/slots", "lucas.coach",
				Map.of("startsAt", start.atZone(PARIS).toOffsetDateTime().toString(), "endsAt",
						start.plus(Duration.ofHours(1)).atZone(PARIS).toOffsetDateTime().toString(), "place",
						Map.of("kind", "ANTENNA", "label", "COOP'EMPLOI Seynod", "town", "Seynod")))
			.expectStatus()
			.isCreated());
	}

	@Test
	void oneEntrepreneurPerSlotAndTheNoteStaysBetweenCoachAndEntrepreneur() {
		String slot = (String) slot(Duration.ofDays(5)).get("id");
		call(HttpMethod.POST, "/api/events/slots/" + slot + "/booking", "marie.entrepreneur", Map.of("topic", "Prix"))
			.expectStatus()
			.isCreated();
		call(HttpMethod.POST, "/api/events/slots/" + slot + "/booking", "theo.entrepreneur", Map.of()).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/slot-taken");
		List<MessageEnvelope> booked = messages("events.appointment.booked", 1);
		assertThat(booked.get(0).payload().path("entrepreneur").path("subject").asString())
			.isEqualTo("b465c806-618a-4771-b0d4-d76aa7ceecf5");

		call(HttpMethod.PUT, "/api/events/coach/appointments/" + slot + "/note", "lucas.coach",
				Map.of("note", "Revoir le prix de revient."))
			.expectStatus()
			.isOk();
		call(HttpMethod.GET, "/api/events/me/appointments", "marie.entrepreneur", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.id=='" + slot + "')].note")
			.isEqualTo(List.of("Revoir le prix de revient."));
		call(HttpMethod.GET, "/api/events/me/appointments", "theo.entrepreneur", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.id=='" + slot + "')]")
			.isEmpty();
		call(HttpMethod.PUT, "/api/events/coach/appointments/" + slot + "/note", "ines.coach", Map.of("note", "x"))
			.expectStatus()
			.isNotFound();
	}

	@Test
	void anAppointmentIsCancelledUpTo24HoursBefore() {
		String soon = (String) slot(Duration.ofHours(20)).get("id");
		String later = (String) slot(Duration.ofDays(4)).get("id");
		call(HttpMethod.POST, "/api/events/slots/" + soon + "/booking", "theo.entrepreneur", null).expectStatus()
			.isCreated();
		call(HttpMethod.POST, "/api/events/slots/" + later + "/booking", "theo.entrepreneur", null).expectStatus()
			.isCreated();

		call(HttpMethod.DELETE, "/api/events/me/appointments/" + soon, "theo.entrepreneur", null).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/too-late");
		call(HttpMethod.DELETE, "/api/events/me/appointments/" + later, "theo.entrepreneur", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CANCELLED");
		assertThat(messages("events.appointment.cancelled", 1)).hasSize(1);
		// the freed slot can be booked again
		call(HttpMethod.POST, "/api/events/slots/" + later + "/booking", "marie.entrepreneur", null).expectStatus()
			.isCreated();
	}

	@Test
	void thePersonalFeedShowsMyAppointmentsUntilTheLinkIsRenewed() {
		String slot = (String) slot(Duration.ofDays(6)).get("id");
		call(HttpMethod.POST, "/api/events/slots/" + slot + "/booking", "marie.entrepreneur", null).expectStatus()
			.isCreated();
		String url = (String) json(
				call(HttpMethod.GET, "/api/events/me/calendar-link", "marie.entrepreneur", null).expectStatus().isOk())
			.get("url");
		String path = url.substring(url.indexOf("/api/"));

		String ics = this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/calendar")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		ICalendar calendar = StrictCalendar.parse(ics);
		assertThat(calendar.getEvents())
			.anySatisfy((event) -> assertThat(event.getUid().getValue()).isEqualTo(slot.toString()));
		assertThat(ics).contains("TZID:Europe/Paris");

		call(HttpMethod.POST, "/api/events/me/calendar-link/renew", "marie.entrepreneur", null).expectStatus().isOk();
		this.client.get().uri(path).exchange().expectStatus().isNotFound();
	}

}
