package coop.events;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import coop.events.agenda.AgendaEvent;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker or a clumsy user sent that once answered 500 or was stored wrongly: a
 * NUL in a text (PostgreSQL refuses it), years PostgreSQL cannot store or that break the
 * calendar feed, and JSON scalars of the wrong type. Each is a 400 on its field in
 * French, and nothing is stored.
 */
class HostileInputIT extends EventsIntegrationTest {

	long registrations() {
		return this.jdbc.queryForObject("select count(*) from registration", Long.class);
	}

	long events() {
		return this.jdbc.queryForObject("select count(*) from agenda_event", Long.class);
	}

	/** A GET of an address written already encoded, as an attacker sends it. */
	RestTestClient.ResponseSpec get(String encoded) {
		return this.client.get().uri(URI.create("http://localhost:" + this.port + encoded)).exchange();
	}

	@Test
	void aNulInAPublicRegistrationIsAFieldErrorAndStoresNothing() {
		AgendaEvent meeting = meeting(5);
		long before = registrations();
		Map<String, Object> person = new HashMap<>(person(email("nul")));
		person.put("lastName", "Per\u0000rin");
		call(HttpMethod.POST, "/api/events/public/events/" + meeting.id() + "/registrations", null, person)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/validation")
			.jsonPath("$.errors[0].field")
			.isEqualTo("lastName")
			.jsonPath("$.errors[0].message")
			.isEqualTo("Ce champ contient un caractère de contrôle non autorisé.");
		// in a query parameter too
		get("/api/events/public/events?antenna=sey%00nod").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("antenna");
		assertThat(registrations()).isEqualTo(before);
	}

	@Test
	void yearsOutsideTheWindowAreFieldErrorsAndStoreNothing() {
		long before = events();
		for (String start : new String[] { "+10000-01-12T09:00:00+01:00", "+300000-01-12T09:00:00+01:00",
				"1789-07-14T09:00:00+01:00" }) {
			Map<String, Object> body = StaffAgendaIT.workshop(StaffAgendaIT.paris("2031-05-01T09:00"),
					StaffAgendaIT.paris("2031-05-01T12:00"));
			body.put("startsAt", start);
			call(HttpMethod.POST, "/api/events/staff/events", "camille.staff", body).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("startsAt")
				.jsonPath("$.errors[0].message")
				.isEqualTo("Cette date doit être comprise entre 1900 et 2100.");
		}
		// the agenda and its calendar feed are still readable
		call(HttpMethod.GET, "/api/events/public/agenda.ics", null, null).expectStatus().isOk();
		// a filter with a year PostgreSQL cannot hold is the caller's mistake, not an
		// error
		get("/api/events/public/events?month=%2B300000-01").expectStatus().isBadRequest();
		assertThat(events()).isEqualTo(before);
	}

	@Test
	void wrongJsonTypesAreNotCoerced() {
		long before = events();
		Map<String, Object> fractional = StaffAgendaIT.workshop(StaffAgendaIT.paris("2031-05-01T09:00"),
				StaffAgendaIT.paris("2031-05-01T12:00"));
		fractional.put("capacity", 12.7);
		call(HttpMethod.POST, "/api/events/staff/events", "camille.staff", fractional).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("capacity");
		Map<String, Object> numericTitle = StaffAgendaIT.workshop(StaffAgendaIT.paris("2031-05-01T09:00"),
				StaffAgendaIT.paris("2031-05-01T12:00"));
		numericTitle.put("title", 42);
		call(HttpMethod.POST, "/api/events/staff/events", "camille.staff", numericTitle).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("title");
		assertThat(events()).isEqualTo(before);

		AgendaEvent meeting = meeting(5);
		long registered = registrations();
		Map<String, Object> person = new HashMap<>(person(email("coerced")));
		person.put("consent", "true");
		call(HttpMethod.POST, "/api/events/public/events/" + meeting.id() + "/registrations", null, person)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("consent");
		assertThat(registrations()).isEqualTo(registered);
	}

}
