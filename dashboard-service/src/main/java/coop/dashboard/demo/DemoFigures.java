package coop.dashboard.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import coop.dashboard.DashboardProperties;
import coop.dashboard.imports.ImportJobs;
import coop.dashboard.people.PeopleDirectory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A year of the cooperative's accounting for the demo: ledgers written as the accountant
 * exports them (one CSV per quarter, ISO-8859-15, decimal comma), enDI's invoices and
 * quotes, all imported through the real import jobs. Besides the realm's Marie and Théo,
 * twenty anonymous entrepreneurs give the funders' view groups large enough to show. The
 * personal files are seeded as if from the oldest message, so a real
 * {@code members.file.changed} always wins.
 */
@Component
class DemoFigures implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoFigures.class);

	static final String MARIE = "b465c806-618a-4771-b0d4-d76aa7ceecf5";

	static final String THEO = "5ae4bd4f-a0f9-4544-bf45-a2440fc1b240";

	static final String LUCAS = "60d43f9e-2e25-42e2-86e6-c4e10ce9b1f4";

	static final String INES = "41b4c37e-2f4b-4f20-b070-3edc770fe5c9";

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final Charset ISO_8859_15 = Charset.forName("ISO-8859-15");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String[] ANTENNAS = { "seynod", "annemasse", "cluses" };

	private final JdbcClient jdbc;

	private final DashboardProperties properties;

	private final ImportJobs imports;

	private final Clock clock;

	DemoFigures(JdbcClient jdbc, DashboardProperties properties, ImportJobs imports, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.imports = imports;
		this.clock = clock;
	}

	record Entrepreneur(String subject, String code, String antenna, String coach, long monthlyRevenue,
			LocalDate capeStart, int stage) {
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!this.properties.demoData()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock.withZone(PARIS));
		Random random = new Random(42);
		List<Entrepreneur> people = new java.util.ArrayList<>();
		people.add(new Entrepreneur(MARIE, "MDUPONT", "seynod", LUCAS, 180_000, today.minusMonths(10), 2));
		people.add(new Entrepreneur(THEO, "TGIRARD", "cluses", INES, 140_000, today.minusMonths(20), 4));
		for (int i = 1; i <= 20; i++) {
			people.add(new Entrepreneur(UUID.nameUUIDFromBytes(("demo-entrepreneur-" + i).getBytes()).toString(),
					"DEMO%02d".formatted(i), ANTENNAS[i % ANTENNAS.length], null, 50_000 + random.nextInt(300_000),
					today.minusMonths(3 + random.nextInt(30)), 1 + random.nextInt(5)));
		}
		// each part once, when its tables are empty: a store older than a part gets it at
		// the next start
		if (count("accounting_import") == 0) {
			accounting(people, today, random);
		}
		if (count("referral") == 0) {
			intake(people, today, random);
			logger.info("Demo referrals and workshops written");
		}
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	private void accounting(List<Entrepreneur> people, LocalDate today, Random random) throws IOException {
		YearMonth now = YearMonth.from(today);
		for (Entrepreneur person : people) {
			seedFile(person);
		}
		objective(MARIE, "ca-annuel", "Atteindre 24 000 € de chiffre d'affaires sur la première année", "REVENUE",
				new BigDecimal("24000.00"), null, today.plusMonths(2));
		objective(MARIE, "salon", "Exposer au Salon des métiers d'art", "OTHER", null, "IN_PROGRESS",
				today.plusMonths(1));
		objective(THEO, "boutique", "Ouvrir une boutique en ligne", "OTHER", null, "DONE", today.minusMonths(1));
		// one ledger per quarter, oldest first, as the accountant sends them
		for (int quarter = 3; quarter >= 0; quarter--) {
			YearMonth first = now.minusMonths(quarter * 3L + 2);
			StringBuilder csv = new StringBuilder("Poste analytique;N° de compte;Date;Libellé;Débit;Crédit\r\n");
			for (int m = 0; m < 3; m++) {
				YearMonth month = first.plusMonths(m);
				if (month.isAfter(now)) {
					continue;
				}
				for (Entrepreneur person : people) {
					ledgerMonth(csv, person, month, today, random);
				}
			}
			String name = "grand-livre-" + first + "-trimestre.csv";
			this.imports.receive(new ByteArrayInputStream(csv.toString().getBytes(ISO_8859_15)), name, "DEMO", null);
		}
		StringBuilder invoices = new StringBuilder(
				"Code analytique;Enseigne;Client;Date;Numéro;Description;Montant HT;Montant TTC;Reste dû\r\n");
		invoices.append(invoice("MDUPONT", "Bijouterie du Lac", today.minusDays(70), "F-DUP-031", 950, 950))
			.append(invoice("MDUPONT", "Galerie des Arts", today.minusDays(52), "F-DUP-034", 420, 420))
			.append(invoice("MDUPONT", "Mairie de Seynod", today.minusDays(20), "F-DUP-040", 1200, 1200))
			.append(invoice("MDUPONT", "Boutique Alpine", today.minusDays(90), "F-DUP-028", 600, 0))
			.append(invoice("TGIRARD", "Hôtel Les Cimes", today.minusDays(15), "F-GIR-112", 2300, 2300));
		this.imports.receive(new ByteArrayInputStream(invoices.toString().getBytes(ISO_8859_15)),
				"factures-endi-" + today + ".csv", "DEMO", null);
		StringBuilder quotes = new StringBuilder(
				"Code analytique;Enseigne;Client;Date;Numéro;Description;Montant HT;Montant TTC;Statut\r\n");
		quotes
			.append(quote("MDUPONT", "Mairie de Seynod", today.withDayOfYear(1).plusDays(20), "D-DUP-010", 1200,
					"Signé"))
			.append(quote("MDUPONT", "Hôtel Beau Site", today.minusDays(12), "D-DUP-015", 2800, "Envoyé"))
			.append(quote("MDUPONT", "Comité d'entreprise", today.minusDays(5), "D-DUP-016", 640, "Envoyé"))
			.append(quote("TGIRARD", "Hôtel Les Cimes", today.withDayOfYear(1).plusDays(3), "D-GIR-050", 2300,
					"Signé"));
		this.imports.receive(new ByteArrayInputStream(quotes.toString().getBytes(ISO_8859_15)),
				"devis-endi-" + today + ".csv", "DEMO", null);
		for (int i = 0; i < 12; i++) {
			YearMonth month = now.minusMonths(i);
			this.jdbc
				.sql("insert into typed_figures (entrepreneur_subject, month, hours_worked, revenue, expenses)"
						+ " values (?, ?, ?, 0, 0) on conflict do nothing")
				.params(MARIE, Date.valueOf(month.atDay(1)), 70 + (11 - i) * 3)
				.update();
		}
		logger.info("Demo accounting files queued for import");
	}

	private void ledgerMonth(StringBuilder csv, Entrepreneur person, YearMonth month, LocalDate today, Random random) {
		if (month.atDay(1).isBefore(person.capeStart().withDayOfMonth(1))) {
			return;
		}
		// Marie's jewellery peaks before Christmas; Théo's tailoring is steadier
		long revenue = person.monthlyRevenue() + random.nextInt(40_000)
				+ ((month.getMonthValue() == 12) ? person.monthlyRevenue() : 0);
		if (person.subject().equals(THEO) && month.equals(YearMonth.from(today).minusMonths(1))) {
			revenue = 0;
		}
		long expenses = revenue / 3 + random.nextInt(10_000);
		LocalDate day = month.atDay(Math.min(month.lengthOfMonth(), 10));
		LocalDate end = month.atEndOfMonth();
		if (day.isAfter(today)) {
			return;
		}
		if (end.isAfter(today)) {
			end = today;
		}
		String code = person.code();
		if (revenue > 0) {
			row(csv, code, "706000", day, "Prestations du mois", 0, revenue);
			row(csv, code, "411000", day, "Factures clients", revenue * 12 / 10, 0);
			row(csv, code, "445710", day, "TVA collectée", 0, revenue * 2 / 10);
			row(csv, code, "512000", end, "Encaissements clients", revenue * 12 / 10 * 9 / 10, 0);
			row(csv, code, "411000", end, "Encaissements clients", 0, revenue * 12 / 10 * 9 / 10);
		}
		row(csv, code, "606400", day.plusDays(3), "Fournitures", expenses / 2, 0);
		row(csv, code, "401000", day.plusDays(3), "Fournisseur Alpes Matériaux", 0, expenses / 2);
		row(csv, code, "625100", day.plusDays(5), "Déplacements", expenses / 2, 0);
		row(csv, code, "421000", day.plusDays(5), "Note de dépenses", 0, expenses / 2);
		row(csv, code, "641000", end, "Salaire", revenue / 3, 0);
		row(csv, code, "425000", end, "Salaire à payer", 0, revenue / 3);
		row(csv, code, "431000", end, "Cotisations URSSAF", 0, revenue / 10);
		row(csv, code, "512000", end, "Paiement fournisseur", 0, expenses / 2);
		row(csv, code, "401000", end, "Paiement fournisseur", expenses / 2, 0);
	}

	private static void row(StringBuilder csv, String code, String account, LocalDate day, String label, long debit,
			long credit) {
		csv.append(code)
			.append(';')
			.append(account)
			.append(';')
			.append(DAY.format(day))
			.append(';')
			.append(label)
			.append(';')
			.append(euros(debit))
			.append(';')
			.append(euros(credit))
			.append("\r\n");
	}

	private static String euros(long cents) {
		return BigDecimal.valueOf(cents, 2).setScale(2, RoundingMode.UNNECESSARY).toPlainString().replace('.', ',');
	}

	private static String invoice(String code, String customer, LocalDate day, String number, long ht, long due) {
		return String.join(";", code, "Enseigne " + code, customer, DAY.format(day), number, "Prestation", ht + ",00",
				(ht * 12 / 10) + ",00", (due * 12 / 10) + ",00") + "\r\n";
	}

	private static String quote(String code, String customer, LocalDate day, String number, long ht, String status) {
		return String.join(";", code, "Enseigne " + code, customer, DAY.format(day), number, "Devis", ht + ",00",
				(ht * 12 / 10) + ",00", status) + "\r\n";
	}

	private void seedFile(Entrepreneur person) {
		int changed = this.jdbc.sql("""
				insert into personal_file (subject, antenna, coach, analytical_code, cape_starts_on, cape_ends_on,
				    cesa_starts_on, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (subject) do nothing""")
			.params(person.subject(), person.antenna(), person.coach(), person.code(), Date.valueOf(person.capeStart()),
					Date.valueOf(person.capeStart().plusMonths(12)),
					(person.stage() >= 4) ? Date.valueOf(person.capeStart().plusMonths(12)) : null,
					Timestamp.from(Instant.EPOCH))
			.update();
		if (changed == 0) {
			return;
		}
		String[] milestones = { "INFORMATION_MEETING", "FIRST_INTERVIEW", "CAPE_SIGNED", "FIRST_INVOICE",
				"CESA_SIGNED" };
		for (int i = 0; i < Math.min(person.stage() + 2, milestones.length); i++) {
			LocalDate reached = person.capeStart().plusDays((i - 2) * 21L + ((i > 2) ? 120L * (i - 2) : 0));
			this.jdbc.sql("insert into file_milestone (subject, milestone, reached_on) values (?, ?, ?)")
				.params(person.subject(), milestones[i], Date.valueOf(reached))
				.update();
		}
	}

	/**
	 * A year of referrals to information meetings, each person known by a hash only (as
	 * the funnel keeps them): the demo entrepreneurs came that way, and more people who
	 * went no further; with the workshops and meetings held, for the funders' view.
	 */
	private void intake(List<Entrepreneur> people, LocalDate today, Random random) {
		String[] organisations = { "plie-bassin-annecien", "mission-locale-annecy", "ale-annemasse",
				"espace-gestion-cluses", "ccas-seynod", null };
		int n = 0;
		for (Entrepreneur person : people) {
			LocalDate meeting = person.capeStart().minusDays(60);
			referral(person.subject(), organisations[n++ % organisations.length], person.antenna(),
					meeting.minusDays(10 + random.nextInt(20)), meeting, true);
		}
		for (int i = 0; i < 60; i++) {
			LocalDate meeting = today.minusDays(10 + random.nextInt(340));
			referral(null, organisations[random.nextInt(organisations.length)], ANTENNAS[i % ANTENNAS.length],
					meeting.minusDays(5 + random.nextInt(25)), meeting, random.nextInt(3) > 0);
		}
		// workshops: two a month in each antenna, ten places, seven or eight people
		// present
		for (int month = 11; month >= 0; month--) {
			for (String antenna : ANTENNAS) {
				for (int w = 0; w < 2; w++) {
					LocalDate day = YearMonth.from(today).minusMonths(month).atDay(5 + w * 12);
					if (day.isAfter(today)) {
						continue;
					}
					UUID workshop = UUID.randomUUID();
					for (int seat = 0; seat < 10; seat++) {
						String attendance = (seat < 7 + random.nextInt(2)) ? "PRESENT"
								: (random.nextBoolean() ? "ABSENT" : "EXCUSED");
						attendance(workshop, "WORKSHOP", null, antenna, day, new BigDecimal("3.00"), attendance);
					}
				}
			}
		}
	}

	private void referral(String subject, String organisation, String antenna, LocalDate registeredOn,
			LocalDate meetingOn, boolean attended) {
		UUID registration = UUID.randomUUID();
		String email = "demo-" + registration + "@demo.coopemploi.test";
		this.jdbc
			.sql("""
					insert into referral (registration_id, email_hash, subject, organisation, antenna, registered_at, meeting_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
			.params(registration, PeopleDirectory.emailHash(email), subject, organisation, antenna,
					Timestamp.from(registeredOn.atTime(10, 0).atZone(PARIS).toInstant()),
					Timestamp.from(meetingOn.atTime(9, 30).atZone(PARIS).toInstant()))
			.update();
		attendance(registration, "INFO_MEETING", subject, antenna, meetingOn, new BigDecimal("2.00"),
				attended ? "PRESENT" : "ABSENT");
	}

	private void attendance(UUID eventOrRegistration, String kind, String subject, String antenna, LocalDate day,
			BigDecimal hours, String attendance) {
		// an information meeting's row is its registration's; a workshop's rows share the
		// workshop
		boolean workshop = "WORKSHOP".equals(kind);
		this.jdbc
			.sql("""
					insert into attendance (registration_id, event_id, event_kind, subject, starts_at, hours, attendance, antenna)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(workshop ? UUID.randomUUID() : eventOrRegistration,
					workshop ? eventOrRegistration : UUID.nameUUIDFromBytes((antenna + day).getBytes()), kind, subject,
					Timestamp.from(day.atTime(9, 30).atZone(PARIS).toInstant()), hours, attendance, antenna)
			.update();
	}

	private void objective(String subject, String id, String label, String kind, BigDecimal target, String status,
			LocalDate due) {
		this.jdbc
			.sql("insert into file_objective (subject, id, label, kind, target_amount, status, due_on)"
					+ " values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
			.params(subject, id, label, kind, target, status, Date.valueOf(due))
			.update();
	}

}
