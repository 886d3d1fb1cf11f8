package coop.events.privacy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import coop.events.EventsIntegrationTest;
import coop.events.agenda.AgendaEvent;
import coop.events.agenda.Audience;
import coop.events.agenda.EventKind;
import coop.platform.contracts.members.Member;
import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.contracts.privacy.PrivacyAnswered;
import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.Eventually;
import coop.platform.test.MessageProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's data in events-service: Marie (an account) registered to a workshop to come
 * and attended a past one, was registered by a prescriber under her address in capitals,
 * booked an appointment the coach wrote a note about, exhibits at a fair and has a
 * calendar feed. Her export holds all of it; her erasure gives her seat to Théo, who
 * waited, opens her slot again, keeps the attendance counted under a pseudonym, and
 * leaves neither her address nor her name in any table.
 */
class PrivacyIT extends EventsIntegrationTest {

	static final String MARIE = "b465c806-618a-4771-b0d4-d76aa7ceecf5";

	static final String MARIE_EMAIL = "marie.dupont@demo.coopemploi.test";

	static final Member marie = new Member(MARIE, "Marie", "Dupont", MARIE_EMAIL);

	@Autowired
	BrokerPublisher broker;

	/** The answers to privacy requests, as members-service receives them. */
	MessageProbe<PrivacyAnswered> answers;

	@BeforeEach
	void answersProbe() {
		this.answers = MessageProbe.bind(this.rabbitAdmin, this.rabbit,
				(body) -> MessageEnvelope.fromJson(body).payloadAs(PrivacyAnswered.class), "privacy.request.answered");
	}

	@AfterEach
	void dropAnswersProbe() {
		this.answers.close();
	}

	@Test
	void exportHoldsEverythingAndErasureLeavesOnlyCountsUnderAPseudonym() {
		// a workshop to come, full with Marie; Théo waits
		AgendaEvent coming = event(EventKind.WORKSHOP, Audience.MEMBERS, 1, Duration.ofDays(8));
		register("marie.entrepreneur", coming);
		register("theo.entrepreneur", coming);
		// a past workshop both attended
		AgendaEvent past = event(EventKind.WORKSHOP, Audience.MEMBERS, 8, Duration.ofDays(2));
		register("marie.entrepreneur", past);
		register("theo.entrepreneur", past);
		this.jdbc.update("update agenda_event set starts_at = now() - interval '3 hours', ends_at = now() - interval"
				+ " '1 hour' where id = ?", past.id());
		this.jdbc.update("update registration set attendance = 'PRESENT', attendance_at = now() where event_id = ?",
				past.id());
		// Sophie registered her to an information meeting, her address typed in capitals
		AgendaEvent meeting = meeting(5);
		call(HttpMethod.POST, "/api/events/prescriber/events/" + meeting.id() + "/registrations", "sophie.prescriber",
				Map.of("firstName", "Marie", "lastName", "Dupont", "email", MARIE_EMAIL.toUpperCase(), "phone",
						"06 12 34 56 78", "town", "Annecy", "consent", true))
			.expectStatus()
			.isCreated();
		// an appointment to come with Lucas's note, and one in the past
		String slot = slot(Duration.ofDays(5));
		call(HttpMethod.POST, "/api/events/slots/" + slot + "/booking", "marie.entrepreneur",
				Map.of("topic", "Mon prix de revient"))
			.expectStatus()
			.isCreated();
		call(HttpMethod.PUT, "/api/events/coach/appointments/" + slot + "/note", "lucas.coach",
				Map.of("note", "Revoir le prix avec Marie."))
			.expectStatus()
			.isOk();
		String pastSlot = slot(Duration.ofDays(3));
		call(HttpMethod.POST, "/api/events/slots/" + pastSlot + "/booking", "marie.entrepreneur", Map.of())
			.expectStatus()
			.isCreated();
		this.jdbc.update("update slot set starts_at = now() - interval '3 days', ends_at = now() - interval '71 hours'"
				+ " where id = ?::uuid", pastSlot);
		AgendaEvent fair = event(EventKind.FAIR, Audience.PUBLIC, 0, Duration.ofDays(20));
		call(HttpMethod.PUT, "/api/events/me/fairs/" + fair.id(), "marie.entrepreneur", null).expectStatus()
			.isNoContent();
		call(HttpMethod.GET, "/api/events/me/calendar-link", "marie.entrepreneur", null).expectStatus().isOk();

		UUID exportId = UUID.randomUUID();
		this.broker.publish(MessageEnvelope
			.of(new PrivacyRequested(exportId, PrivacyRequested.Kind.EXPORT, marie, Instant.now()), Instant.now()));
		PrivacyAnswered exported = answers(exportId, 1).get(0);
		assertThat(exported.service()).isEqualTo("events-service");
		assertThat(exported.summary()).startsWith("3 inscription(s), 2 rendez-vous, 1 salon(s)");
		Map<String, Object> part = exported.part();
		assertThat(rows(part, "registrations")).hasSize(3)
			.anySatisfy((r) -> assertThat(r).containsEntry("referredByOrganisation", "plie-bassin-annecien")
				.containsEntry("phone", "06 12 34 56 78"))
			.anySatisfy((r) -> assertThat(r).containsEntry("attendance", "PRESENT"));
		assertThat(rows(part, "appointments")).hasSize(2)
			.anySatisfy((a) -> assertThat(a).containsEntry("note", "Revoir le prix avec Marie.")
				.containsEntry("topic", "Mon prix de revient"));
		assertThat(rows(part, "fairsExhibitedAt")).hasSize(1);
		assertThat(part).containsEntry("personalCalendarFeed", true);

		UUID erasureId = UUID.randomUUID();
		MessageEnvelope erasure = MessageEnvelope
			.of(new PrivacyRequested(erasureId, PrivacyRequested.Kind.ERASURE, marie, Instant.now()), Instant.now());
		// delivered twice: acted on once
		this.broker.publish(erasure);
		this.broker.publish(erasure);
		PrivacyAnswered erased = answers(erasureId, 1).get(0);
		assertThat(erased.part()).isNull();
		assertThat(erased.summary()).doesNotContain("Marie").doesNotContain("Dupont");

		// Théo waited: the seat Marie held is offered to him, as when someone cancels
		assertThat(message("events.registration.seat-offered",
				(m) -> m.payload().path("event").path("id").asString().equals(coming.id().toString()))
			.payload()
			.path("attendee")
			.path("lastName")
			.asString()).isEqualTo("Girard");
		assertThat(this.jdbc.queryForObject("select status from slot where id = ?::uuid", String.class, slot))
			.isEqualTo("OPEN");
		// Lucas is told, as when an entrepreneur cancels; the message names her no more
		MessageEnvelope cancelled = message("events.appointment.cancelled",
				(m) -> m.payload().path("appointmentId").asString().equals(slot));
		assertThat(cancelled.payload().path("coach").path("lastName").asString()).isEqualTo("Favre");
		assertThat(cancelled.payload().path("entrepreneur").path("email").isString()).isFalse();
		assertThat(cancelled.payload().toString()).doesNotContain("Dupont").doesNotContain(MARIE);
		// the attendance hours still count, under a pseudonym
		assertThat(this.jdbc.queryForObject(
				"select count(*) from registration where event_id = ? and attendance = 'PRESENT'", Long.class,
				past.id()))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from slot where id = ?::uuid and entrepreneur_subject like 'anonyme-%'", Long.class,
				pastSlot))
			.isEqualTo(1);
		assertThat(erased.anonymised()).isEqualTo(2);
		assertThat(erased.deleted()).isGreaterThanOrEqualTo(5);
		assertThat(tablesHolding(MARIE_EMAIL)).isEmpty();
		assertThat(tablesHolding("Dupont")).isEmpty();
		assertThat(tablesHolding(MARIE)).isEmpty();

		// asked again (a new message): nothing more to do
		UUID againId = UUID.randomUUID();
		this.broker.publish(MessageEnvelope
			.of(new PrivacyRequested(againId, PrivacyRequested.Kind.ERASURE, marie, Instant.now()), Instant.now()));
		PrivacyAnswered again = answers(againId, 1).get(0);
		assertThat(again.deleted()).isZero();
		assertThat(again.anonymised()).isZero();
		assertThat(this.answers.received((answer) -> answer.requestId().equals(erasureId)))
			.as("the same message delivered twice is answered once")
			.hasSize(1);
	}

	@Test
	void aVisitorWithoutAccountGetsTheirRegistrationAndIsErased() {
		// she registered from the public site: no Keycloak subject, only her address
		String email = email("visiteuse");
		registerPublicly(meeting(6).id(), email);
		Member visitor = new Member(null, null, null, email);

		UUID exportId = UUID.randomUUID();
		this.broker.publish(MessageEnvelope
			.of(new PrivacyRequested(exportId, PrivacyRequested.Kind.EXPORT, visitor, Instant.now()), Instant.now()));
		assertThat(rows(answers(exportId, 1).get(0).part(), "registrations")).hasSize(1);
		// the answer holds her data: once the relay marked it published, the erasure
		// removes it too (one not yet published stays for members-service)
		Eventually.await(() -> this.jdbc
			.queryForObject("select count(*) from platform_outbox where published_at is null", Long.class),
				(n) -> n == 0, Duration.ofSeconds(10));

		UUID erasureId = UUID.randomUUID();
		this.broker.publish(MessageEnvelope
			.of(new PrivacyRequested(erasureId, PrivacyRequested.Kind.ERASURE, visitor, Instant.now()), Instant.now()));
		assertThat(answers(erasureId, 1)).hasSize(1);
		assertThat(tablesHolding(email)).isEmpty();
	}

	/** The answers to that request (waits for {@code count}, at most 15 s). */
	List<PrivacyAnswered> answers(UUID requestId, int count) {
		return this.answers.await((answer) -> answer.requestId().equals(requestId), count, Duration.ofSeconds(15));
	}

	void register(String username, AgendaEvent event) {
		call(HttpMethod.POST, "/api/events/me/registrations", username, Map.of("eventId", event.id().toString()))
			.expectStatus()
			.isCreated();
	}

	String slot(Duration startsIn) {
		Instant start = Instant.now().plus(startsIn);
		ZoneId paris = ZoneId.of("Europe/Paris");
		return (String) json(call(HttpMethod.POST, "/api/events/coach/slots", "lucas.coach",
				Map.of("startsAt", start.atZone(paris).toOffsetDateTime().toString(), "endsAt",
						start.plus(Duration.ofHours(1)).atZone(paris).toOffsetDateTime().toString(), "place",
						Map.of("kind", "ANTENNA", "label", "COOP'EMPLOI Seynod", "town", "Seynod")))
			.expectStatus()
			.isCreated()).get("id");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> rows(Map<String, Object> part, String key) {
		return (List<Map<String, Object>>) part.get(key);
	}

	/** The tables of the service's database with a row whose text holds the value. */
	List<String> tablesHolding(String value) {
		return this.jdbc
			.queryForList("select table_name from information_schema.tables where table_schema = current_schema()"
					+ " and table_type = 'BASE TABLE'", String.class)
			.stream()
			.filter((table) -> this.jdbc.queryForObject(
					"select count(*) from " + table + " t where strpos(lower(t::text), lower(?)) > 0", Long.class,
					value) > 0)
			.toList();
	}

}
