package coop.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import coop.events.agenda.AgendaEvent;
import coop.events.consent.ConsentPurpose;
import coop.events.consent.ConsentVersion;
import coop.events.consent.ConsentVersions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consent versions on the real PostgreSQL: the texts in force are served with their
 * version; each registration keeps the exact version agreed to with its date; a form that
 * showed an older text is asked to show the new one and stores nothing; a changed text
 * becomes a new version, the older ones kept.
 */
class ConsentIT extends EventsIntegrationTest {

	@Autowired
	ConsentVersions versions;

	Map<String, Object> person(String email, Integer version) {
		Map<String, Object> body = new HashMap<>(person(email));
		if (version != null) {
			body.put("consentVersion", version);
		}
		return body;
	}

	@Test
	void theTextsInForceAreServedWithTheirVersion() {
		int version = this.versions.current(ConsentPurpose.PUBLIC_REGISTRATION).version();
		this.client.get()
			.uri("/api/events/public/consents")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.current[?(@.purpose == 'PUBLIC_REGISTRATION')].version")
			.isEqualTo(List.of(version))
			.jsonPath("$.current[?(@.purpose == 'PUBLIC_REGISTRATION')].statement")
			.isEqualTo(List.of(ConsentPurpose.PUBLIC_REGISTRATION.statement()))
			.jsonPath("$.current[?(@.purpose == 'CONTACT_MESSAGE')].statement")
			.isEqualTo(List.of(ConsentPurpose.CONTACT_MESSAGE.statement()))
			.jsonPath("$.current[?(@.purpose == 'SHOWCASE_MESSAGE')].version")
			.exists()
			.jsonPath("$.current[?(@.purpose == 'PRESCRIBED_REGISTRATION')].notice")
			.isEqualTo(List.of(ConsentPurpose.PRESCRIBED_REGISTRATION.notice()));
	}

	@Test
	void aRegistrationKeepsTheVersionAgreedToWithItsDate() {
		ConsentVersion current = this.versions.current(ConsentPurpose.PUBLIC_REGISTRATION);
		AgendaEvent meeting = meeting(10);
		String shown = "lea-" + UUID.randomUUID() + "@example.org";
		String unsaid = "leo-" + UUID.randomUUID() + "@example.org";
		registerPublic(meeting.id(), person(shown, current.version())).expectStatus().isCreated();
		registerPublic(meeting.id(), person(unsaid, null)).expectStatus().isCreated();
		for (String email : List.of(shown, unsaid)) {
			Map<String, Object> row = this.jdbc.queryForMap("""
					select t.version, t.statement, r.consent_at from registration r
					join consent_text t on t.id = r.consent_text_id where r.email = ?""", email);
			assertThat(row.get("version")).isEqualTo(current.version());
			assertThat(row.get("statement")).isEqualTo(ConsentPurpose.PUBLIC_REGISTRATION.statement());
			assertThat(row.get("consent_at")).isNotNull();
		}
	}

	@Test
	void aFormThatShowedAnotherTextIsAskedToShowTheNewOneAndStoresNothing() {
		int current = this.versions.current(ConsentPurpose.PUBLIC_REGISTRATION).version();
		AgendaEvent meeting = meeting(10);
		registerPublic(meeting.id(), person("old-" + UUID.randomUUID() + "@example.org", current + 1)).expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/consent-changed")
			.jsonPath("$.detail")
			.isEqualTo(
					"Le texte de consentement a changé depuis l'ouverture de la page. Relisez-le puis validez à nouveau.");
		registerPublic(meeting.id(), person("zero-" + UUID.randomUUID() + "@example.org", 0)).expectStatus()
			.isBadRequest();
		assertThat(this.jdbc.queryForObject("select count(*) from registration where event_id = ?", Long.class,
				meeting.id()))
			.isZero();
	}

	@Test
	void aChangedTextBecomesANewVersionAndTheOlderOnesStay() {
		ConsentVersion before = this.versions.current(ConsentPurpose.PRESCRIBED_REGISTRATION);
		// the text stored last differs from the one in force (as after a deployment that
		// changed it)
		this.jdbc.update(
				"insert into consent_text (id, purpose, version, statement, notice, published_at) values (?, ?, ?, ?, ?, now())",
				UUID.randomUUID(), "PRESCRIBED_REGISTRATION", before.version() + 1, "Un ancien texte",
				"Une ancienne notice");
		ConsentVersion published = this.versions.publish(ConsentPurpose.PRESCRIBED_REGISTRATION);
		assertThat(published.version()).isEqualTo(before.version() + 2);
		assertThat(published.statement()).isEqualTo(ConsentPurpose.PRESCRIBED_REGISTRATION.statement());
		// unchanged: no new version
		assertThat(this.versions.publish(ConsentPurpose.PRESCRIBED_REGISTRATION).version())
			.isEqualTo(published.version());
		assertThat(this.versions.history()
			.stream()
			.filter((v) -> v.purpose() == ConsentPurpose.PRESCRIBED_REGISTRATION)
			.map(ConsentVersion::statement))
			.contains("Un ancien texte", ConsentPurpose.PRESCRIBED_REGISTRATION.statement());
	}

}
