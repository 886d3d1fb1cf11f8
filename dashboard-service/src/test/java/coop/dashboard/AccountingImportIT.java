package coop.dashboard;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import coop.platform.contracts.members.PersonalFileChanged;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.Eventually;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports through the real upload, job, PostgreSQL and broker: rows matched through the
 * analytical code of the personal file received from members-service, the same file twice
 * changing nothing, a newer file replacing from its first date, a bad file leaving
 * everything as it was, and enDI's treasury rules.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "eureka.client.enabled=false", "coop.imports.max-size=256KB" })
class AccountingImportIT extends WithRealServers {

	static final Charset ISO = Charset.forName("ISO-8859-15");

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Value("${coop.imports.spool-dir}")
	Path spool;

	final LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

	final YearMonth lastMonth = YearMonth.from(this.today).minusMonths(1);

	@BeforeEach
	void clean() {
		for (String table : List.of("ledger_operation", "sales_document", "accounting_import", "typed_figures",
				"file_objective", "file_milestone", "personal_file")) {
			this.jdbc.update("delete from " + table);
		}
		file(MARIE, "it-marie", Instant.now());
	}

	void file(String subject, String code, Instant changedAt) {
		this.broker.publish(MessageEnvelope.of(new PersonalFileChanged(subject, null, "seynod", null, code,
				new PersonalFileChanged.Agreement(this.today.minusMonths(6), this.today.plusMonths(6), null),
				List.of(new PersonalFileChanged.Objective("ca", "Chiffre d'affaires de l'année",
						PersonalFileChanged.ObjectiveKind.REVENUE, new BigDecimal("10000.00"), null,
						this.today.plusMonths(6))),
				List.of(), changedAt), Instant.now()));
		Eventually.await(
				() -> this.jdbc.queryForList("select analytical_code from personal_file where subject = ?",
						String.class, subject),
				(codes) -> codes.size() == 1
						&& java.util.Objects.equals(codes.get(0), (code != null) ? code.toUpperCase() : null),
				Duration.ofSeconds(20));
	}

	static String ledger(String... rows) {
		return "Poste analytique;N° de compte;Date;Libellé;Débit;Crédit\r\n" + String.join("\r\n", rows) + "\r\n";
	}

	String row(String code, String account, LocalDate day, String debit, String credit) {
		return String.join(";", code, account, DAY.format(day), "Écriture été", debit, credit);
	}

	Map<String, Object> upload(String name, byte[] content, String as) {
		Map<String, Object> job = this.client.post()
			.uri("/api/dashboard/imports?fileName={name}", name)
			.header("Authorization", "Bearer " + keycloak.accessToken(as))
			.contentType(MediaType.parseMediaType("text/csv"))
			.body(content)
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		return awaitEnd((String) job.get("id"));
	}

	Map<String, Object> awaitEnd(String id) {
		return Eventually.await(() -> this.client.get()
			.uri("/api/dashboard/imports/{id}", id)
			.header("Authorization", "Bearer " + keycloak.accessToken("camille.staff"))
			.exchange()
			.expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody(), (job) -> !List.of("QUEUED", "RUNNING").contains(job.get("status")),
				Duration.ofSeconds(30));
	}

	RestTestClient.BodyContentSpec dashboardOf(String username) {
		return this.client.get()
			.uri("/api/dashboard/me")
			.header("Authorization", "Bearer " + keycloak.accessToken(username))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	int operations() {
		return this.jdbc.queryForObject("select count(*) from ledger_operation", Integer.class);
	}

	@Test
	void rowsAreMatchedThroughTheAnalyticalCodeOfThePersonalFileAndTheOthersKeptAside() {
		LocalDate day = this.lastMonth.atDay(10);
		Map<String, Object> job = upload("grand-livre.csv",
				ledger(row("IT-MARIE", "706000", day, "0,00", "1250,12345"),
						row("it-marie", "606400", day, "200,5", "0"), row("INCONNU9", "706000", day, "0", "999"),
						row("INCONNU9", "706000", day, "0", "1"), row("", "471000", day, "5", "0"))
					.getBytes(ISO),
				"camille.staff");
		assertThat(job.get("status")).isEqualTo("IMPORTED");
		assertThat(job.get("format")).isEqualTo("CSV, ISO-8859-15");
		assertThat(job.get("rowsImported")).isEqualTo(4);
		assertThat(job.get("rowsUnmatched")).isEqualTo(2);
		assertThat(job.get("rowsWithoutCode")).isEqualTo(1);
		assertThat((List<?>) job.get("unmatched")).singleElement()
			.isEqualTo(Map.of("analyticalCode", "INCONNU9", "rows", 2, "firstLine", 4));
		dashboardOf("marie.entrepreneur").jsonPath("$.months[10].revenue")
			.isEqualTo(1250.12)
			.jsonPath("$.months[10].expenses")
			.isEqualTo(200.5)
			.jsonPath("$.months[10].source")
			.isEqualTo("IMPORTED")
			.jsonPath("$.figuresAsOf")
			.isEqualTo(day.toString())
			.jsonPath("$.analyticalCode")
			.isEqualTo("IT-MARIE");
		dashboardOf("theo.entrepreneur").jsonPath("$.months[10].revenue").isEqualTo(0.0);
		// Théo's file gets the code kept aside: the rows become his without another
		// import
		file(THEO, "inconnu9", Instant.now());
		dashboardOf("theo.entrepreneur").jsonPath("$.months[10].revenue").isEqualTo(1000.0);
	}

	@Test
	void theSameFileTwiceChangesNothing() {
		byte[] content = ledger(row("IT-MARIE", "706000", this.lastMonth.atDay(3), "0", "100")).getBytes(ISO);
		Map<String, Object> first = upload("a.csv", content, "camille.staff");
		assertThat(first.get("status")).isEqualTo("IMPORTED");
		Map<String, Object> again = upload("a-renamed.csv", content, "camille.staff");
		assertThat(again.get("status")).isEqualTo("DUPLICATE");
		assertThat(again.get("duplicateOf")).isEqualTo(first.get("id"));
		assertThat(operations()).isEqualTo(1);
		dashboardOf("marie.entrepreneur").jsonPath("$.months[10].revenue").isEqualTo(100.0);
	}

	@Test
	void aNewerFileReplacesTheOperationsFromItsFirstDateOn() {
		LocalDate early = this.lastMonth.minusMonths(1).atDay(5);
		LocalDate late = this.lastMonth.atDay(20);
		upload("janvier.csv",
				ledger(row("IT-MARIE", "706000", early, "0", "100"), row("IT-MARIE", "706000", late, "0", "300"))
					.getBytes(ISO),
				"camille.staff");
		Map<String, Object> newer = upload("fevrier.csv",
				ledger(row("IT-MARIE", "706000", this.lastMonth.atDay(1), "0", "50")).getBytes(ISO), "camille.staff");
		assertThat(newer.get("status")).isEqualTo("IMPORTED");
		dashboardOf("marie.entrepreneur").jsonPath("$.months[9].revenue")
			.isEqualTo(100.0)
			.jsonPath("$.months[10].revenue")
			.isEqualTo(50.0);
	}

	@Test
	void aFileWithBadLinesIsRefusedWholeLineByLineAndChangesNothing() {
		upload("ok.csv", ledger(row("IT-MARIE", "706000", this.lastMonth.atDay(3), "0", "100")).getBytes(ISO),
				"camille.staff");
		Map<String, Object> refused = upload("bad.csv",
				ledger(row("IT-MARIE", "706000", this.lastMonth.atDay(1), "0", "70"),
						"IT-MARIE;706000;31/02/2026;x;0;1", "IT-MARIE;706000;01/01/2026;x;0;1 250,00")
					.getBytes(ISO),
				"camille.staff");
		assertThat(refused.get("status")).isEqualTo("REFUSED");
		assertThat(refused.get("problemCount")).isEqualTo(2);
		assertThat((List<?>) refused.get("problems")).extracting((p) -> (Object) ((Map<?, ?>) p).get("line"))
			.containsExactly(3, 4);
		assertThat(operations()).isEqualTo(1);
		dashboardOf("marie.entrepreneur").jsonPath("$.months[10].revenue").isEqualTo(100.0);
	}

	@Test
	void treasuryFollowsEnDisRulesWithPrefixesAndExclusions() {
		LocalDate day = this.today.minusDays(2);
		upload("tresorerie.csv",
				ledger(row("IT-MARIE", "512000", day, "5000", "0"), row("IT-MARIE", "431000", day, "0", "700"),
						row("IT-MARIE", "445710", day, "0", "300"), row("IT-MARIE", "425000", day, "0", "1500"),
						row("IT-MARIE", "421000", day, "0", "80"), row("IT-MARIE", "401000", day, "0", "400"),
						row("IT-MARIE", "411000", day, "1200", "0"))
					.getBytes(ISO),
				"camille.staff");
		dashboardOf("marie.entrepreneur").jsonPath("$.treasury.lines[?(@.key=='cash')].balance")
			.isEqualTo(List.of(5000.0))
			.jsonPath("$.treasury.lines[?(@.key=='taxes')].balance")
			.isEqualTo(List.of(-1000.0))
			.jsonPath("$.treasury.lines[?(@.key=='suppliers')].balance")
			.isEqualTo(List.of(-400.0))
			.jsonPath("$.treasury.reference")
			.isEqualTo(3600.0)
			.jsonPath("$.treasury.lines[?(@.key=='salaries')].balance")
			.isEqualTo(List.of(-1500.0))
			.jsonPath("$.treasury.lines[?(@.key=='expenseClaims')].balance")
			.isEqualTo(List.of(-80.0))
			.jsonPath("$.treasury.future")
			.isEqualTo(3220.0);
	}

	@Test
	void invoicesAndQuotesFromEnDi() {
		String invoices = "Code analytique;Client;Date;Numéro;Montant HT;Montant TTC;Reste dû\r\n" + "IT-MARIE;Mairie;"
				+ DAY.format(this.today.minusDays(60)) + ";F1;1000,00000;1200,00000;1200,00000\r\n" + "IT-MARIE;Café;"
				+ DAY.format(this.today.minusDays(10)) + ";F2;100,00;120,00;120,00\r\n" + "IT-MARIE;Hôtel;"
				+ DAY.format(this.today.minusDays(90)) + ";F3;100,00;120,00;0,00\r\n";
		assertThat(upload("factures.csv", invoices.getBytes(ISO), "camille.staff").get("kind")).isEqualTo("INVOICES");
		String quotes = "Code analytique;Client;Date;Numéro;Montant HT;Montant TTC;Statut\r\n" + "IT-MARIE;A;"
				+ DAY.format(this.today.withDayOfYear(1)) + ";D1;500,00;600,00;Signé\r\n" + "IT-MARIE;B;"
				+ DAY.format(this.today.withDayOfYear(1)) + ";D2;300,00;360,00;Envoyé\r\n";
		assertThat(upload("devis.csv", quotes.getBytes(ISO), "camille.staff").get("kind")).isEqualTo("QUOTES");
		dashboardOf("marie.entrepreneur").jsonPath("$.sales.invoicesUnpaid")
			.isEqualTo(2)
			.jsonPath("$.sales.invoicesLate")
			.isEqualTo(1)
			.jsonPath("$.sales.late[0].number")
			.isEqualTo("F1")
			.jsonPath("$.sales.late[0].daysLate")
			.isEqualTo(15)
			.jsonPath("$.sales.quotesSent")
			.isEqualTo(2)
			.jsonPath("$.sales.quotesSigned")
			.isEqualTo(1)
			.jsonPath("$.sales.quotesSignedAmount")
			.isEqualTo(500.0);
	}

	@Test
	void onlyHeadOfficeStaffImportAndATooLargeOrForeignFileLeavesNothingBehind() throws Exception {
		byte[] content = ledger(row("IT-MARIE", "706000", this.today, "0", "1")).getBytes(ISO);
		for (String user : List.of("marie.entrepreneur", "lucas.coach", "nadia.staff")) {
			this.client.post()
				.uri("/api/dashboard/imports?fileName=x.csv")
				.header("Authorization", "Bearer " + keycloak.accessToken(user))
				.contentType(MediaType.parseMediaType("text/csv"))
				.body(content)
				.exchange()
				.expectStatus()
				.isForbidden();
		}
		long before = Files.exists(this.spool) ? Files.list(this.spool).count() : 0;
		this.client.post()
			.uri("/api/dashboard/imports?fileName=enorme.csv")
			.header("Authorization", "Bearer " + keycloak.accessToken("camille.staff"))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(new byte[300 * 1024])
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("taille maximale"));
		this.client.post()
			.uri("/api/dashboard/imports?fileName=releve.csv")
			.header("Authorization", "Bearer " + keycloak.accessToken("camille.staff"))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body("%PDF-1.7 relevé".getBytes(ISO))
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("PDF"));
		assertThat(Files.list(this.spool).count()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from accounting_import", Integer.class)).isZero();
	}

}
