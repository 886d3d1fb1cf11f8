package coop.dashboard;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import coop.platform.contracts.dashboard.FiguresChanged;
import coop.platform.messaging.MessageEnvelope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures typed in the monthly form show on the dashboard marked as typed, and an open
 * dashboard hears of every change of its figures (typed, imported, attendance) by
 * server-sent events, whoever's instance the change happened on; a stream is opened by
 * whoever may read that dashboard only.
 */
class LiveDashboardIT extends WithRealServers {

	final YearMonth thisMonth = YearMonth.now(ZoneId.of("Europe/Paris"));

	@BeforeEach
	void marieFollowedByLucas() {
		empty("typed_figures", "ledger_operation", "file_objective", "file_milestone", "personal_file");
		entrepreneur(MARIE, "Marie Dupont", "seynod", LUCAS);
		entrepreneur(THEO, "Théo Girard", "cluses", INES);
	}

	RestTestClient.ResponseSpec type(String username, String subject, Object month, Map<String, Object> figures) {
		return this.client.put()
			.uri("/api/dashboard/entrepreneurs/{subject}/typed-figures/{month}", subject, month)
			.header("Authorization", "Bearer " + keycloak.accessToken(username))
			.contentType(MediaType.APPLICATION_JSON)
			.body(figures)
			.exchange();
	}

	EventStream stream(String username, String path) {
		return EventStream.open("http://localhost:" + this.port + path, keycloak.accessToken(username));
	}

	@Test
	void typedFiguresShowMarkedAsTypedAndTheOpenDashboardHearsOfThem() {
		try (EventStream marie = stream("marie.entrepreneur", "/api/dashboard/me/live");
				EventStream theo = stream("theo.entrepreneur", "/api/dashboard/me/live")) {
			assertThat(marie.status()).isEqualTo(200);
			assertThat(marie.contentType()).startsWith("text/event-stream");
			assertThat(marie.next("ready", Duration.ofSeconds(5))).isNotNull();
			assertThat(theo.next("ready", Duration.ofSeconds(5))).isNotNull();

			type("lucas.coach", MARIE, this.thisMonth,
					Map.of("revenue", new BigDecimal("1234.50"), "expenses", 200, "hoursWorked", 35))
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.revenue")
				.isEqualTo(1234.5)
				.jsonPath("$.margin")
				.isEqualTo(1034.5)
				.jsonPath("$.source")
				.isEqualTo("TYPED");

			EventStream.Event changed = marie.next("figures", Duration.ofSeconds(15));
			assertThat(changed).as("Marie's open dashboard is told").isNotNull();
			assertThat(changed.data()).contains(MARIE).contains("TYPED");
			assertThat(theo.next("figures", Duration.ofSeconds(2))).as("Théo's figures did not change").isNull();
		}
		get("marie.entrepreneur", "/api/dashboard/me").expectBody()
			.jsonPath("$.months[11].revenue")
			.isEqualTo(1234.5)
			.jsonPath("$.months[11].hoursWorked")
			.isEqualTo(35)
			.jsonPath("$.months[11].source")
			.isEqualTo("TYPED");
	}

	@Test
	void aChangeToldByAnotherInstanceReachesTheStreamsOpenHere() {
		try (EventStream lucas = stream("lucas.coach", "/api/dashboard/entrepreneurs/" + MARIE + "/live")) {
			assertThat(lucas.next("ready", Duration.ofSeconds(5))).isNotNull();
			// as another instance's import or attendance would publish it
			this.broker.publish(MessageEnvelope
				.of(new FiguresChanged(List.of(MARIE), FiguresChanged.Cause.IMPORT, Instant.now()), Instant.now()));
			EventStream.Event changed = lucas.next("figures", Duration.ofSeconds(15));
			assertThat(changed).isNotNull();
			assertThat(changed.data()).contains("IMPORT");
		}
	}

	@Test
	void onlyWhoMayReadADashboardOpensItsStream() {
		try (EventStream theo = stream("theo.entrepreneur", "/api/dashboard/entrepreneurs/" + MARIE + "/live");
				EventStream ines = stream("ines.coach", "/api/dashboard/entrepreneurs/" + MARIE + "/live");
				EventStream nadia = stream("nadia.staff", "/api/dashboard/entrepreneurs/" + MARIE + "/live");
				EventStream camille = stream("camille.staff", "/api/dashboard/entrepreneurs/" + MARIE + "/live");
				EventStream lucas = stream("lucas.coach", "/api/dashboard/me/live")) {
			assertThat(theo.status()).isEqualTo(403);
			assertThat(ines.status()).isEqualTo(404);
			assertThat(nadia.status()).isEqualTo(404);
			assertThat(camille.status()).isEqualTo(200);
			assertThat(lucas.status()).isEqualTo(403);
		}
	}

	@Test
	void typedFiguresAreCheckedAndTypedOnlyByTheCoachOrTheStaffOfTheEntrepreneur() {
		type("lucas.coach", MARIE, this.thisMonth, Map.of("revenue", -5, "expenses", 0, "hoursWorked", 800))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat(((List<?>) fields).stream().map(String::valueOf).toList()).contains("revenue",
					"hoursWorked"));
		type("lucas.coach", MARIE, this.thisMonth.plusMonths(1), Map.of("revenue", 10, "expenses", 0, "hoursWorked", 1))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("month");
		type("lucas.coach", MARIE, "2026-13", Map.of("revenue", 10, "expenses", 0, "hoursWorked", 1)).expectStatus()
			.isBadRequest();
		type("ines.coach", MARIE, this.thisMonth, Map.of("revenue", 10, "expenses", 0, "hoursWorked", 1)).expectStatus()
			.isNotFound();
		type("nadia.staff", MARIE, this.thisMonth, Map.of("revenue", 10, "expenses", 0, "hoursWorked", 1))
			.expectStatus()
			.isNotFound();
		type("marie.entrepreneur", MARIE, this.thisMonth, Map.of("revenue", 10, "expenses", 0, "hoursWorked", 1))
			.expectStatus()
			.isForbidden();
		type("camille.staff", MARIE, this.thisMonth.minusMonths(2),
				Map.of("revenue", new BigDecimal("10.25"), "expenses", 0, "hoursWorked", 1))
			.expectStatus()
			.isOk();
		assertThat(this.jdbc.queryForObject("select count(*) from typed_figures", Integer.class)).isEqualTo(1);
	}

}
