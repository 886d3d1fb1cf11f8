package coop.dashboard;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Each alert of Lucas's portfolio, raised by the figures that should raise it and saying
 * why, with thresholds staff change.
 */
class PortfolioAlertsIT extends WithRealServers {

	final LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

	final UUID importId = UUID.randomUUID();

	@BeforeEach
	void marieFollowedByLucasWithNothingWrong() {
		for (String table : List.of("ledger_operation", "sales_document", "accounting_import", "attendance",
				"appointment", "alert_setting", "file_objective", "file_milestone", "personal_file")) {
			this.jdbc.update("delete from " + table);
		}
		onlyMarieAndTheo();
		this.jdbc.update("delete from person where subject in (?, ?)", MARIE, THEO);
		this.jdbc.update("insert into person values (?, 'entrepreneur', 'Marie Dupont', 'seynod', ?, now())", MARIE,
				LUCAS);
		this.jdbc.update("insert into person values (?, 'entrepreneur', 'Théo Girard', 'annemasse', ?, now())", THEO,
				INES);
		this.jdbc.update(
				"insert into personal_file (subject, antenna, coach, analytical_code, cape_starts_on,"
						+ " cape_ends_on, changed_at) values (?, 'seynod', ?, 'MARIE', ?, ?, now())",
				MARIE, LUCAS, Date.valueOf(this.today.minusMonths(6)), Date.valueOf(this.today.plusMonths(6)));
		for (int i = 1; i <= 4; i++) {
			operation("706000", this.today.withDayOfMonth(1).minusMonths(i).plusDays(4), "0", "1500");
		}
		operation("512000", this.today.minusDays(1), "3000", "0");
		this.jdbc.update("insert into appointment values (?, ?, ?, ?, false)", UUID.randomUUID(), MARIE, LUCAS,
				Timestamp.from(Instant.now().minusSeconds(86400 * 7)));
	}

	void operation(String account, LocalDate day, String debit, String credit) {
		this.jdbc.update(
				"insert into ledger_operation (import_id, analytical_code, account, operation_date, label,"
						+ " debit, credit) values (?, 'MARIE', ?, ?, 'x', ?, ?)",
				this.importId, account, Date.valueOf(day), new BigDecimal(debit), new BigDecimal(credit));
	}

	RestTestClient.BodyContentSpec portfolio() {
		return this.client.get()
			.uri("/api/dashboard/coach/entrepreneurs")
			.header("Authorization", "Bearer " + keycloak.accessToken("lucas.coach"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	void onlyAlert(String kind, String reasonPart) {
		portfolio().jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].subject")
			.isEqualTo(MARIE)
			.jsonPath("$[0].alerts[*].kind")
			.isEqualTo(List.of(kind))
			.jsonPath("$[0].alerts[0].reason")
			.value((reason) -> org.assertj.core.api.Assertions.assertThat((String) reason).contains(reasonPart));
	}

	@Test
	void nothingWrongRaisesNothing() {
		portfolio().jsonPath("$[0].alerts.length()").isEqualTo(0).jsonPath("$[0].revenueYearToDate").exists();
	}

	@Test
	void behindObjectives() {
		this.jdbc.update("insert into file_objective values (?, 'ca', 'CA de la première année', 'REVENUE', 60000,"
				+ " null, ?)", MARIE, Date.valueOf(this.today.plusMonths(6)));
		onlyAlert("BEHIND_OBJECTIVES", "CA de la première année");
	}

	@Test
	void noRevenueForMonths() {
		this.jdbc.update("delete from ledger_operation where account = '706000'");
		operation("706000", this.today.withDayOfMonth(1).minusMonths(5), "0", "900");
		onlyAlert("NO_REVENUE", "Aucun chiffre d'affaires depuis 3 mois");
	}

	@Test
	void lateInvoicesPilingUp() {
		for (String number : List.of("F1", "F2")) {
			this.jdbc.update("insert into sales_document (import_id, kind, analytical_code, customer, number,"
					+ " issued_on, excluding_tax, including_tax, amount_due) values (?, 'INVOICE', 'MARIE', 'Client',"
					+ " ?, ?, 100, 120, 120)", this.importId, number, Date.valueOf(this.today.minusDays(50)));
		}
		onlyAlert("LATE_INVOICES", "2 factures impayées depuis plus de 45 jours");
	}

	@Test
	void treasuryUnderTheThresholdStaffSet() {
		this.client.put()
			.uri("/api/dashboard/alert-settings")
			.header("Authorization", "Bearer " + keycloak.accessToken("camille.staff"))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"objectiveGap\":20,\"monthsWithoutRevenue\":3,\"lateInvoices\":2,\"treasuryFloor\":5000,"
					+ "\"missedWorkshops\":2,\"weeksWithoutAppointment\":8,\"agreementEndingDays\":60}")
			.exchange()
			.expectStatus()
			.isOk();
		onlyAlert("LOW_TREASURY", "sous le seuil de 5 000,00 €");
		this.client.put()
			.uri("/api/dashboard/alert-settings")
			.header("Authorization", "Bearer " + keycloak.accessToken("nadia.staff"))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"objectiveGap\":20,\"monthsWithoutRevenue\":3,\"lateInvoices\":2,\"treasuryFloor\":0,"
					+ "\"missedWorkshops\":2,\"weeksWithoutAppointment\":8,\"agreementEndingDays\":60}")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void twoMissedWorkshops() {
		for (int i = 1; i <= 2; i++) {
			this.jdbc.update("insert into attendance values (?, ?, 'WORKSHOP', ?, ?, 3, 'ABSENT')", UUID.randomUUID(),
					UUID.randomUUID(), MARIE, Timestamp.from(Instant.now().minusSeconds(86400L * i * 10)));
		}
		onlyAlert("MISSED_WORKSHOPS", "Absent(e) aux 2 derniers ateliers");
	}

	@Test
	void noAppointmentForWeeks() {
		this.jdbc.update("update appointment set starts_at = ?",
				Timestamp.from(Instant.now().minusSeconds(86400L * 70)));
		onlyAlert("NO_APPOINTMENT", "plus de 8 semaines");
	}

	@Test
	void agreementEndingSoon() {
		this.jdbc.update("update personal_file set cape_ends_on = ? where subject = ?",
				Date.valueOf(this.today.plusDays(20)), MARIE);
		onlyAlert("AGREEMENT_ENDING", "dans 20 jours");
	}

	@Test
	void staffOfAnAntennaSeeTheirAntennasPortfolioOnly() {
		this.client.get()
			.uri("/api/dashboard/staff/entrepreneurs")
			.header("Authorization", "Bearer " + keycloak.accessToken("nadia.staff"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].subject")
			.isEqualTo(List.of(THEO));
	}

}
