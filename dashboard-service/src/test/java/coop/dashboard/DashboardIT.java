package coop.dashboard;

import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.Attendee;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.Eventually;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dashboards with real Keycloak tokens: each entrepreneur reads their own figures only;
 * registrations from the broker are counted once, however often delivered.
 */
class DashboardIT extends WithRealServers {

	@BeforeEach
	void figures() {
		onlyMarieAndTheo();
		this.jdbc.update("delete from typed_figures");
		this.jdbc.update("delete from personal_file");
		this.jdbc.update("delete from ledger_operation");
		Date thisMonth = Date.valueOf(LocalDate.now().withDayOfMonth(1));
		this.jdbc.update("insert into typed_figures (entrepreneur_subject, month, hours_worked, revenue, expenses)"
				+ " values (?, ?, 80, 1500, 400)", MARIE, thisMonth);
		this.jdbc.update("insert into typed_figures (entrepreneur_subject, month, hours_worked, revenue, expenses)"
				+ " values (?, ?, 60, 900, 100)", THEO, thisMonth);
	}

	RestTestClient.ResponseSpec dashboardAs(String username) {
		return this.client.get()
			.uri("/api/dashboard/me")
			.header("Authorization", "Bearer " + keycloak.accessToken(username))
			.exchange();
	}

	@Test
	void anEntrepreneurSeesOnlyTheirOwnFigures() {
		dashboardAs("marie.entrepreneur").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.yearToDate.revenue")
			.isEqualTo(1500.0)
			.jsonPath("$.months.length()")
			.isEqualTo(12)
			.jsonPath("$.months[11].source")
			.isEqualTo("TYPED");
		dashboardAs("theo.entrepreneur").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.yearToDate.revenue")
			.isEqualTo(900.0);
	}

	@Test
	void aCoachReadsTheEntrepreneursTheyFollowAndNoOther() {
		follow(MARIE, LUCAS, "seynod");
		follow(THEO, INES, "cluses");
		this.client.get()
			.uri("/api/dashboard/coach/entrepreneurs")
			.header("Authorization", "Bearer " + keycloak.accessToken("lucas.coach"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].subject")
			.isEqualTo(MARIE)
			.jsonPath("$[0].revenueYearToDate")
			.isEqualTo(1500.0);
		read("lucas.coach", MARIE).expectStatus().isOk();
		read("lucas.coach", THEO).expectStatus().isNotFound();
		read("ines.coach", THEO).expectStatus().isOk();
		read("camille.staff", THEO).expectStatus().isOk();
		read("marie.entrepreneur", THEO).expectStatus().isForbidden();
	}

	@Test
	void antennaStaffReadTheDashboardsOfTheirAntennaOnly() {
		// nadia.staff belongs to the Annemasse antenna
		follow(MARIE, LUCAS, "seynod");
		follow(THEO, INES, "annemasse");
		read("nadia.staff", THEO).expectStatus().isOk();
		read("nadia.staff", MARIE).expectStatus().isNotFound();
		read("camille.staff", MARIE).expectStatus().isOk();
	}

	void follow(String entrepreneur, String coach, String antenna) {
		// members-service's tests send people here too: the coach follows only this one
		this.jdbc.update("delete from person where subject = ? or coach = ?", entrepreneur, coach);
		this.jdbc.update("insert into person values (?, 'entrepreneur', 'Entrepreneur', ?, ?, now())", entrepreneur,
				antenna, coach);
	}

	RestTestClient.ResponseSpec read(String username, String subject) {
		return this.client.get()
			.uri("/api/dashboard/entrepreneurs/{subject}", subject)
			.header("Authorization", "Bearer " + keycloak.accessToken(username))
			.exchange();
	}

	@Test
	void aDashboardExportsAsCsvAndPdfForWhoMayReadItOnly() {
		follow(MARIE, LUCAS, "seynod");
		byte[] csv = download("marie.entrepreneur", "/api/dashboard/me/export.csv", "text/csv;charset=UTF-8");
		String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
		String thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Paris")).toString();
		assertThat(text).startsWith("\uFEFFTableau de bord d'activité")
			.contains("Mois;Chiffre d'affaires HT;Charges;Marge;Heures travaillées;Heures de formation;Source")
			.contains(thisMonth + ";1500,00;400,00;1100,00;80;0;saisi")
			.contains("Trésorerie de référence");
		assertPdf(download("lucas.coach", "/api/dashboard/entrepreneurs/" + MARIE + "/export.pdf", "application/pdf"));
		get("ines.coach", "/api/dashboard/entrepreneurs/" + MARIE + "/export.csv").expectStatus().isNotFound();
		get("theo.entrepreneur", "/api/dashboard/entrepreneurs/" + MARIE + "/export.pdf").expectStatus().isForbidden();
		get("lucas.coach", "/api/dashboard/me/export.pdf").expectStatus().isForbidden();
	}

	@Test
	void otherRolesAndAnonymousCallersAreRefused() {
		dashboardAs("lucas.coach").expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/forbidden");
		this.client.get()
			.uri("/api/dashboard/me")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Connectez-vous pour accéder à cette ressource.");
	}

	@Test
	void aRegistrationIsCountedOnceEvenWhenDeliveredTwice() {
		OffsetDateTime start = OffsetDateTime.of(2031, 3, 4, 9, 30, 0, 0, ZoneOffset.ofHours(1));
		this.jdbc.update("delete from registration_count where month = ?", Date.valueOf("2031-03-01"));
		MessageEnvelope envelope = MessageEnvelope.of(new RegistrationConfirmed(UUID.randomUUID(),
				new AgendaEventSnapshot(UUID.randomUUID(), AgendaEventSnapshot.Kind.INFO_MEETING, "Réunion", start,
						start.plusHours(2), "Europe/Paris", "Seynod", null, null, "http://localhost:8080/agenda/x"),
				new Attendee("Léa", "Perrin", "lea@example.org", null), "http://localhost:8080/x"), Instant.now());
		this.broker.publish(envelope);
		this.broker.publish(envelope);

		Eventually.await(
				() -> this.jdbc.query("select registrations from registration_count where month = ?",
						(rs) -> rs.next() ? rs.getInt(1) : null, Date.valueOf("2031-03-01")),
				(count) -> count != null, Duration.ofSeconds(20));
		Eventually.pause(Duration.ofSeconds(1)); // a second count would show up now
		assertThat(this.jdbc.queryForObject("select registrations from registration_count where month = ?",
				Integer.class, Date.valueOf("2031-03-01")))
			.isEqualTo(1);
	}

	@Test
	void cooperativeFiguresArePublicAndSayNothingAboutFewerThanFivePeople() {
		this.client.get()
			.uri("/api/dashboard/public/figures")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.entrepreneurs")
			.doesNotExist()
			.jsonPath("$.revenueThisYear")
			.doesNotExist();
		for (int i = 0; i < 3; i++) {
			this.jdbc.update(
					"insert into typed_figures (entrepreneur_subject, month, hours_worked, revenue, expenses)"
							+ " values (?, ?, 10, 100, 0)",
					"someone-" + i, Date.valueOf(LocalDate.now().withDayOfMonth(1)));
		}
		this.client.get()
			.uri("/api/dashboard/public/figures")
			.exchange()
			.expectBody()
			.jsonPath("$.entrepreneurs")
			.isEqualTo(5)
			.jsonPath("$.revenueThisYear")
			.isEqualTo(2700);
	}

}
