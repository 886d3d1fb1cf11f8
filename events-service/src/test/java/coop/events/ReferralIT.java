package coop.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import coop.events.agenda.AgendaEvent;
import coop.events.privacy.EventsPersonalData;
import coop.platform.contracts.events.ReferralProgressed;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.contracts.members.PersonalFileChanged;
import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.messaging.privacy.DataSubject;
import coop.platform.test.Eventually;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A prescriber follows each referral's whole path (meeting, first interview, CAPE, CESA)
 * and is told each outcome once; only their own referrals; staff see every one, and the
 * other prescribers of the same person.
 */
class ReferralIT extends EventsIntegrationTest {

	static final String PROGRESSED = "events.referral.progressed";

	@Autowired
	BrokerPublisher broker;

	@Autowired
	EventsPersonalData personalData;

	@Test
	void thePrescriberFollowsThePathAndIsToldOfEachOutcomeOnce() {
		AgendaEvent meeting = meeting(5);
		String email = email("parcours");
		String id = refer(meeting, email);
		call(HttpMethod.GET, "/api/events/prescriber/referrals/" + id, "sophie.prescriber", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.meetingOutcome")
			.isEqualTo("REGISTERED")
			.jsonPath("$.person.email")
			.isEqualTo(email)
			.jsonPath("$.meeting.id")
			.isEqualTo(meeting.id().toString())
			.jsonPath("$.alsoReferredBy")
			.isEmpty();

		// the meeting took place: the coach marks the person absent, then present
		this.jdbc.update("update agenda_event set starts_at = now() - interval '1 hour' where id = ?", meeting.id());
		mark(meeting, id, "ABSENT");
		mark(meeting, id, "PRESENT");
		mark(meeting, id, "ABSENT");
		mark(meeting, id, "PRESENT");
		ReferralProgressed attended = message(PROGRESSED,
				(m) -> m.payloadAs(ReferralProgressed.class).outcome() == ReferralProgressed.Outcome.ATTENDED)
			.payloadAs(ReferralProgressed.class);
		assertThat(attended.registrationId()).hasToString(id);
		assertThat(attended.prescriber().email()).isEqualTo("sophie.martin@demo.coopemploi.test");
		assertThat(attended.prescriber().firstName()).isEqualTo("Sophie");
		assertThat(attended.firstName()).isEqualTo("Léa");
		assertThat(attended.meeting().id()).isEqualTo(meeting.id());
		assertThat(attended.pathUrl()).endsWith("/intranet/orientations/" + id);

		// the personal file (same address, other letter case) tells the first interview
		// and
		// the CAPE, twice: told once
		String subject = UUID.randomUUID().toString();
		Instant changedAt = Instant.now().minusSeconds(30);
		MessageEnvelope cape = MessageEnvelope.of(
				file(subject, email.toUpperCase(java.util.Locale.ROOT), LocalDate.of(2027, 1, 5), null, changedAt),
				changedAt);
		this.broker.publish(cape);
		this.broker.publish(cape);
		message(PROGRESSED,
				(m) -> m.payloadAs(ReferralProgressed.class).outcome() == ReferralProgressed.Outcome.CAPE_SIGNED);
		// then the CESA
		Instant later = changedAt.plusSeconds(10);
		this.broker.publish(MessageEnvelope
			.of(file(subject, email, LocalDate.of(2027, 1, 5), LocalDate.of(2028, 1, 3), later), later));
		message(PROGRESSED,
				(m) -> m.payloadAs(ReferralProgressed.class).outcome() == ReferralProgressed.Outcome.CESA_SIGNED);
		// an older state arriving late changes nothing
		this.broker.publish(MessageEnvelope.of(file(subject, email, null, null, changedAt.minusSeconds(60)),
				changedAt.minusSeconds(60)));
		Eventually.pause(Duration.ofSeconds(2));
		assertThat(messages(PROGRESSED, 4).stream()
			.map((m) -> m.payloadAs(ReferralProgressed.class).outcome().name())
			.toList()).containsExactly("MISSED", "ATTENDED", "CAPE_SIGNED", "CESA_SIGNED");

		call(HttpMethod.GET, "/api/events/prescriber/referrals/" + id, "sophie.prescriber", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.meetingOutcome")
			.isEqualTo("ATTENDED")
			.jsonPath("$.firstInterviewOn")
			.isEqualTo("2026-12-10")
			.jsonPath("$.capeSignedOn")
			.isEqualTo("2027-01-05")
			.jsonPath("$.cesaSignedOn")
			.isEqualTo("2028-01-03");
	}

	@Test
	void aPersonWhoCancelsIsToldToThePrescriberOnce() {
		AgendaEvent meeting = meeting(5);
		String id = refer(meeting, email("annule"));
		String cancelUrl = message("events.registration.confirmed",
				(m) -> m.payloadAs(RegistrationConfirmed.class).registrationId().toString().equals(id))
			.payloadAs(RegistrationConfirmed.class)
			.cancelUrl();
		String token = cancelUrl.substring(cancelUrl.indexOf("jeton=") + 6);
		for (int i = 0; i < 2; i++) {
			call(HttpMethod.POST, "/api/events/public/registrations/by-token/cancel", null, Map.of("token", token))
				.expectStatus()
				.isOk();
		}
		ReferralProgressed cancelled = message(PROGRESSED, (m) -> true).payloadAs(ReferralProgressed.class);
		assertThat(cancelled.outcome()).isEqualTo(ReferralProgressed.Outcome.CANCELLED);
		assertThat(cancelled.on()).isEqualTo(LocalDate.now(AgendaEvent.ZONE));
		Eventually.pause(Duration.ofSeconds(1));
		assertThat(messages(PROGRESSED, 1)).hasSize(1);
		call(HttpMethod.GET, "/api/events/prescriber/referrals/" + id, "sophie.prescriber", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.meetingOutcome")
			.isEqualTo("CANCELLED");
	}

	@Test
	void aPersonReferredByTwoPrescribersIsOnePersonForStaffAndEachPrescriberSeesOnlyTheirOwn() {
		AgendaEvent meeting = meeting(5);
		AgendaEvent later = event(coop.events.agenda.EventKind.INFO_MEETING, coop.events.agenda.Audience.PUBLIC, 5,
				Duration.ofDays(20));
		String email = email("deux-fois");
		String sophies = refer(meeting, email);
		// a mission locale's adviser referred the same person (other letter case) to
		// another meeting
		UUID theirs = UUID.randomUUID();
		String adviser = UUID.randomUUID().toString();
		this.jdbc.update("insert into prescriber (subject, first_name, last_name, email, seen_at)"
				+ " values (?, 'Karim', 'Benslimane', 'karim@example.org', now())", adviser);
		this.jdbc.update(
				"insert into registration (id, event_id, status, kind, first_name, last_name, email, email_key,"
						+ " town, consent_at, prescriber_subject, prescriber_organisation, created_at)"
						+ " values (?, ?, 'CONFIRMED', 'PRESCRIBED', 'Léa', 'Perrin', ?, ?, 'Annecy', now(), ?,"
						+ " 'mission-locale-annecy', now())",
				theirs, later.id(), email.toUpperCase(java.util.Locale.ROOT), email, adviser);

		// Sophie sees hers, not the adviser's, and no hint of them
		call(HttpMethod.GET, "/api/events/prescriber/referrals/" + theirs, "sophie.prescriber", null).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Cette orientation n'existe pas.");
		call(HttpMethod.GET, "/api/events/prescriber/referrals/" + sophies, "sophie.prescriber", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.alsoReferredBy")
			.isEmpty();
		// staff: both referrals stay apart, each with the other prescriber as a hint
		call(HttpMethod.GET, "/api/events/staff/referrals/" + sophies, "camille.staff", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.alsoReferredBy[0].prescriberName")
			.isEqualTo("Karim Benslimane")
			.jsonPath("$.alsoReferredBy[0].organisation")
			.isEqualTo("mission-locale-annecy");
		call(HttpMethod.GET, "/api/events/staff/referrals", "camille.staff", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.registrationId=='" + theirs + "')].alsoReferredBy[0].prescriberName")
			.isEqualTo(List.of("Sophie Martin"))
			.jsonPath("$.length()")
			.isEqualTo(2);
		// nothing merged
		assertThat(this.jdbc.queryForObject("select count(*) from registration where email_key = ?", Long.class, email))
			.isEqualTo(2);

		call(HttpMethod.GET, "/api/events/prescriber/referrals/" + sophies, "marie.entrepreneur", null).expectStatus()
			.isForbidden();
		call(HttpMethod.GET, "/api/events/staff/referrals", "sophie.prescriber", null).expectStatus().isForbidden();
		call(HttpMethod.GET, "/api/events/staff/referrals/" + sophies, "lucas.coach", null).expectStatus()
			.isForbidden();
	}

	@Test
	void aReferredPersonsFileDatesAndAPrescribersAddressAreExportedAndErased() {
		AgendaEvent meeting = meeting(5);
		String email = email("rgpd");
		refer(meeting, email);
		String subject = UUID.randomUUID().toString();
		this.jdbc.update("insert into referral_file (email_key, subject, cape_signed_on, changed_at)"
				+ " values (?, ?, date '2027-01-05', now())", email, subject);
		DataSubject person = new DataSubject(subject, email.toUpperCase(java.util.Locale.ROOT), "Léa", "Perrin");
		assertThat((List<?>) this.personalData.export(person).part().get("journeyKnownFromPersonalFile")).hasSize(1);
		this.personalData.erase(person);
		assertThat(
				this.jdbc.queryForObject("select count(*) from referral_file where email_key = ?", Long.class, email))
			.isZero();

		String adviser = UUID.randomUUID().toString();
		this.jdbc.update("insert into prescriber (subject, first_name, last_name, email, seen_at)"
				+ " values (?, 'Karim', 'Benslimane', 'karim-rgpd@example.org', now())", adviser);
		DataSubject prescriber = new DataSubject(adviser, "karim-rgpd@example.org", "Karim", "Benslimane");
		assertThat((List<?>) this.personalData.export(prescriber).part().get("asPrescriber")).hasSize(1);
		this.personalData.erase(prescriber);
		assertThat(this.jdbc.queryForObject("select count(*) from prescriber where subject = ?", Long.class, adviser))
			.isZero();
	}

	private String refer(AgendaEvent meeting, String email) {
		return (String) json(call(HttpMethod.POST, "/api/events/prescriber/events/" + meeting.id() + "/registrations",
				"sophie.prescriber", PrescriberIT.followed(email, true))
			.expectStatus()
			.isCreated()).get("registrationId");
	}

	private void mark(AgendaEvent meeting, String registrationId, String attendance) {
		call(HttpMethod.PUT, "/api/events/coach/sessions/" + meeting.id() + "/attendance", "lucas.coach",
				List.of(Map.of("registrationId", registrationId, "attendance", attendance)))
			.expectStatus()
			.isOk();
	}

	private static PersonalFileChanged file(String subject, String email, LocalDate cape, LocalDate cesa,
			Instant changedAt) {
		return new PersonalFileChanged(subject, email, "seynod", null, null,
				new PersonalFileChanged.Agreement(cape, null, cesa), List.of(),
				List.of(new PersonalFileChanged.ReachedMilestone(PersonalFileChanged.Milestone.FIRST_INTERVIEW,
						LocalDate.of(2026, 12, 10))),
				changedAt);
	}

}
