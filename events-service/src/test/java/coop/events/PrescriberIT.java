package coop.events;

import java.util.HashMap;
import java.util.Map;

import coop.events.agenda.AgendaEvent;
import coop.platform.contracts.events.RegistrationConfirmed;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

/**
 * A prescriber registers a person they follow, with that person's consent and their
 * organisation attached, and follows what became of the people they registered, and only
 * those.
 */
class PrescriberIT extends EventsIntegrationTest {

	static Map<String, Object> followed(String email, boolean consent) {
		Map<String, Object> body = new HashMap<>(person(email));
		body.remove("honeypot");
		body.put("consent", consent);
		return body;
	}

	@Test
	void aPrescriberRegistersAPersonAndFollowsWhatBecameOfThem() {
		AgendaEvent meeting = meeting(5);
		String email = email("orientee");
		call(HttpMethod.POST, "/api/events/prescriber/events/" + meeting.id() + "/registrations", "sophie.prescriber",
				followed(email, true))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CONFIRMED");
		this.client.get()
			.uri("/api/events/prescriber/registrations")
			.header("Authorization", "Bearer " + keycloak.accessToken("sophie.prescriber"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.person.email=='" + email + "')].status")
			.isEqualTo(java.util.List.of("CONFIRMED"));
		org.assertj.core.api.Assertions.assertThat(this.jdbc.queryForObject(
				"select prescriber_organisation from registration where email = ? and event_id = ?", String.class,
				email, meeting.id()))
			.isEqualTo("plie-bassin-annecien");
		// the funders' intake funnel counts referrals by organisation and antenna
		RegistrationConfirmed confirmed = messages("events.registration.confirmed", 1).get(0)
			.payloadAs(RegistrationConfirmed.class);
		org.assertj.core.api.Assertions.assertThat(confirmed.prescriberOrganisation())
			.isEqualTo("plie-bassin-annecien");
		org.assertj.core.api.Assertions.assertThat(confirmed.event().antenna()).isEqualTo("seynod");
	}

	@Test
	void withoutThePersonsConsentNothingIsRegistered() {
		AgendaEvent meeting = meeting(5);
		call(HttpMethod.POST, "/api/events/prescriber/events/" + meeting.id() + "/registrations", "sophie.prescriber",
				followed(email("sans-accord"), false))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("consent");
	}

	@Test
	void otherRolesCannotActAsPrescribers() {
		AgendaEvent meeting = meeting(5);
		call(HttpMethod.POST, "/api/events/prescriber/events/" + meeting.id() + "/registrations", "marie.entrepreneur",
				followed(email("x"), true))
			.expectStatus()
			.isForbidden();
		call(HttpMethod.GET, "/api/events/prescriber/registrations", "lucas.coach", null).expectStatus().isForbidden();
	}

}
