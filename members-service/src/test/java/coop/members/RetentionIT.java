package coop.members;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import coop.members.cooperative.CooperativeSettings;
import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.contracts.privacy.RetentionApplied;
import coop.platform.contracts.privacy.RetentionKind;
import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention periods: the defaults until staff of the head office set them with the
 * cooperative's settings (told to every service in {@code members.cooperative.changed});
 * impossible periods and other callers refused with nothing changed; every service's
 * report of a run kept once however often it arrives.
 */
class RetentionIT extends WithRealServers {

	static final String PATH = "/api/members/staff/retention";

	static final Map<String, Object> PERIODS = Map.of("visitorRegistrations", 200, "contactMessages", 180, "sentMails",
			365, "reminders", 30, "exportArchives", 14);

	@Autowired
	CooperativeSettings settings;

	@Autowired
	BrokerPublisher broker;

	@BeforeEach
	@AfterEach
	void noSettings() {
		this.settings.deleteAll();
	}

	@Test
	void staffSetThePeriodsAndEveryServiceHearsThemWithTheSettings() {
		as("camille.staff", HttpMethod.GET, PATH, null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.periods.visitorRegistrations")
			.isEqualTo(365)
			.jsonPath("$.defaults.exportArchives")
			.isEqualTo(7);
		// not set up yet: the message would tell neutral settings as chosen ones
		as("camille.staff", HttpMethod.PUT, PATH, PERIODS).expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		// the demo's own settings, so the shared Keycloak's branding stays the demo's
		as("camille.staff", HttpMethod.PUT, "/api/members/staff/cooperative", CooperativeIT.DEMO).expectStatus().isOk();
		try (Probe probe = probe("members.cooperative.changed")) {
			as("camille.staff", HttpMethod.PUT, PATH, PERIODS).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.periods.visitorRegistrations")
				.isEqualTo(200)
				.jsonPath("$.periods.exportArchives")
				.isEqualTo(14);
			// the settings' own message (before the periods) may still be on its way
			List<MessageEnvelope> told = probe.await(2, Duration.ofSeconds(10));
			// the privacy notice reads them without an account
			as(null, HttpMethod.GET, "/api/members/public/retention", null).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.visitorRegistrations")
				.isEqualTo(200)
				.jsonPath("$.reminders")
				.isEqualTo(30);
			assertThat(told).map((envelope) -> envelope.payloadAs(CooperativeChanged.class)).anySatisfy((changed) -> {
				assertThat(changed.name()).isEqualTo("COOP'EMPLOI");
				assertThat(changed.retention()).isEqualTo(new CooperativeChanged.Retention(200, 180, 365, 30, 14));
			});
		}
	}

	@Test
	void impossiblePeriodsAndOtherCallersAreRefusedWithNothingChanged() {
		as("camille.staff", HttpMethod.PUT, "/api/members/staff/cooperative", CooperativeIT.DEMO).expectStatus().isOk();
		Map<String, Object> zero = new java.util.HashMap<>(PERIODS);
		zero.put("sentMails", 0);
		zero.put("exportArchives", 400);
		zero.remove("reminders");
		as("camille.staff", HttpMethod.PUT, PATH, zero).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[?(@.field=='sentMails')].message")
			.isEqualTo("Au moins 1 jour.")
			.jsonPath("$.errors[?(@.field=='reminders')]")
			.exists()
			.jsonPath("$.errors[?(@.field=='exportArchives')]")
			.exists();
		as("camille.staff", HttpMethod.PUT, PATH, Map.of("sentMails", "beaucoup")).expectStatus().isBadRequest();
		// antenna staff, an entrepreneur, a visitor
		as("nadia.staff", HttpMethod.PUT, PATH, PERIODS).expectStatus().isForbidden();
		as("marie.entrepreneur", HttpMethod.GET, PATH, null).expectStatus().isForbidden();
		as(null, HttpMethod.GET, PATH, null).expectStatus().isUnauthorized();
		as("camille.staff", HttpMethod.GET, PATH, null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.periods.sentMails")
			.isEqualTo(365);
	}

	@Test
	void aServicesReportIsKeptOnceHoweverOftenItArrives() {
		UUID run = UUID.randomUUID();
		Instant ranAt = Instant.now().plusSeconds(3600);
		MessageEnvelope report = MessageEnvelope.of(new RetentionApplied(run, "events-service", ranAt,
				List.of(new RetentionApplied.Removed(RetentionKind.VISITOR_REGISTRATIONS, 3,
						ranAt.minus(Duration.ofDays(365))))),
				ranAt);
		this.broker.publish(report);
		this.broker.publish(report);
		Eventually.await(
				() -> as("camille.staff", HttpMethod.GET, PATH, null).expectBody(Map.class)
					.returnResult()
					.getResponseBody(),
				(body) -> ((List<?>) body.get("runs")).stream()
					.anyMatch((r) -> run.toString().equals(((Map<?, ?>) r).get("id"))),
				Duration.ofSeconds(20));
		as("camille.staff", HttpMethod.GET, PATH, null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.runs[?(@.id=='" + run + "')].service")
			.isEqualTo("events-service")
			.jsonPath("$.runs[?(@.id=='" + run + "')].removed[0].count")
			.isEqualTo(3);
		assertThat(this.mongo.count(
				org.springframework.data.mongodb.core.query.Query
					.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(run.toString())),
				"retention_runs"))
			.isOne();
	}

	@Autowired
	org.springframework.data.mongodb.core.MongoTemplate mongo;

}
