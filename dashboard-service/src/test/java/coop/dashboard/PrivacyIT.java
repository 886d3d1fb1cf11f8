package coop.dashboard;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import coop.dashboard.people.PeopleDirectory;
import coop.platform.contracts.members.Member;
import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.contracts.privacy.PrivacyAnswered;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.MessageProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's data in the dashboard: Zoé came to an information meeting before she had an
 * account, then signed her CAPE; her ledger lines, an invoice, typed figures, a workshop
 * and an appointment are kept. Her export holds them; her erasure keeps every figure the
 * cooperative and the funders count (same sums, same stages, same funnel) under a
 * pseudonym, and no table holds her address, her name or her subject any more.
 */
class PrivacyIT extends WithRealServers {

	final String subject = UUID.randomUUID().toString();

	final String lastName = "Effacee" + UUID.randomUUID().toString().substring(0, 6);

	final String email = "zoe." + this.lastName.toLowerCase() + "@example.org";

	final String code = "Z" + this.lastName.toUpperCase();

	@Autowired
	RabbitTemplate template;

	/** The answers to privacy requests, as members-service receives them. */
	MessageProbe<PrivacyAnswered> answers;

	@BeforeEach
	void answersProbe() {
		this.answers = MessageProbe.bind(this.amqp, this.template,
				(body) -> MessageEnvelope.fromJson(body).payloadAs(PrivacyAnswered.class), "privacy.request.answered");
	}

	@AfterEach
	void dropAnswersProbe() {
		this.answers.close();
	}

	@Test
	void exportHoldsHerFiguresAndErasureKeepsTheCountsUnderAPseudonym() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
		UUID importId = UUID.randomUUID();
		this.jdbc.update(
				"insert into person (subject, role, name, email_hash, antenna, coach, changed_at)"
						+ " values (?, 'entrepreneur', ?, ?, 'seynod', ?, now())",
				this.subject, "Zoé " + this.lastName, PeopleDirectory.emailHash(this.email), LUCAS);
		this.jdbc.update(
				"insert into personal_file (subject, antenna, coach, analytical_code, cape_starts_on,"
						+ " changed_at) values (?, 'seynod', ?, ?, ?, now())",
				this.subject, LUCAS, this.code, Date.valueOf(today.minusMonths(2)));
		this.jdbc.update("insert into file_milestone (subject, milestone, reached_on) values (?, 'CAPE_SIGNED', ?)",
				this.subject, Date.valueOf(today.minusMonths(2)));
		this.jdbc.update(
				"insert into file_objective (subject, id, label, kind, target_amount, due_on)"
						+ " values (?, 'o1', 'Chiffre d''affaires', 'REVENUE', 20000, ?)",
				this.subject, Date.valueOf(today.plusMonths(6)));
		this.jdbc.update("insert into ledger_operation (import_id, analytical_code, account, operation_date, label,"
				+ " debit, credit) values (?, ?, '706000', ?, ?, 0, 1200), (?, ?, '606000', ?, 'Fournitures', 80, 0)",
				importId, this.code, Date.valueOf(today.minusDays(20)), "Prestation Zoé " + this.lastName, importId,
				this.code, Date.valueOf(today.minusDays(15)));
		this.jdbc.update("insert into sales_document (import_id, kind, analytical_code, customer, number, issued_on,"
				+ " description, excluding_tax, including_tax, amount_due) values (?, 'INVOICE', ?, 'Boulangerie Favre',"
				+ " 'F-001', ?, 'Site web', 1000, 1200, 0)", importId, this.code, Date.valueOf(today.minusDays(20)));
		this.jdbc.update(
				"insert into typed_figures (entrepreneur_subject, month, revenue, expenses, hours_worked)"
						+ " values (?, ?, 900, 100, 60)",
				this.subject, Date.valueOf(today.minusMonths(3).withDayOfMonth(1)));
		UUID registration = UUID.randomUUID();
		this.jdbc.update("insert into attendance (registration_id, event_id, event_kind, subject, starts_at, hours,"
				+ " attendance, antenna) values (?, ?, 'WORKSHOP', ?, now() - interval '10 days', 3, 'PRESENT',"
				+ " 'seynod')", registration, UUID.randomUUID(), this.subject);
		this.jdbc.update(
				"insert into appointment (id, entrepreneur, coach, starts_at, cancelled)"
						+ " values (?, ?, ?, now() - interval '5 days', false)",
				UUID.randomUUID(), this.subject, LUCAS);
		// before her account: registered to an information meeting by the PLIE, known by
		// her address's hash
		this.jdbc.update("insert into referral (registration_id, email_hash, subject, organisation, antenna,"
				+ " registered_at, meeting_at) values (?, ?, null, 'plie', 'seynod', now() - interval '4 months',"
				+ " now() - interval '100 days')", UUID.randomUUID(), PeopleDirectory.emailHash(this.email));
		// a message that named her, published and kept for the outbox's retention
		this.jdbc.update(
				"insert into platform_outbox (event_id, type, version, occurred_at, envelope, published_at)"
						+ " values (?, 'dashboard.import.finished', 1, now(), ?, now())",
				UUID.randomUUID(), "{\"payload\":{\"problems\":[\"ligne 3 : Zoé " + this.lastName + "\"]}}");
		Map<String, Object> before = figures();

		UUID exportId = request(PrivacyRequested.Kind.EXPORT);
		PrivacyAnswered exported = answers(exportId, 1).get(0);
		assertThat(exported.service()).isEqualTo("dashboard-service");
		assertThat(exported.summary()).contains("2 écriture(s) comptable(s)");
		Map<String, Object> part = exported.part();
		assertThat(part.get("person").toString()).contains(this.lastName);
		assertThat(part.get("personalFile").toString()).contains(this.code);
		assertThat(rows(part, "ledgerOperations")).hasSize(2);
		assertThat(rows(part, "salesDocuments")).hasSize(1);
		assertThat(rows(part, "referrals")).hasSize(1);
		assertThat(rows(part, "attendance")).hasSize(1);
		assertThat(rows(part, "milestones")).hasSize(1);
		assertThat(part).containsKeys("dashboard", "alerts");

		UUID erasureId = UUID.randomUUID();
		MessageEnvelope erasure = MessageEnvelope.of(
				new PrivacyRequested(erasureId, PrivacyRequested.Kind.ERASURE,
						new Member(this.subject, "Zoé", this.lastName, this.email.toUpperCase()), Instant.now()),
				Instant.now());
		this.broker.publish(erasure);
		this.broker.publish(erasure);
		PrivacyAnswered erased = answers(erasureId, 1).get(0);
		assertThat(erased.part()).isNull();
		// her person, the kept message naming her, and the export's own answer (its part
		// names her; published
		// answers stay in the outbox for its retention)
		assertThat(erased.deleted()).isEqualTo(3);
		assertThat(erased.anonymised()).isGreaterThanOrEqualTo(7);

		assertThat(figures()).as("what the cooperative and the funders count").isEqualTo(before);
		assertThat(tablesHolding(this.email)).isEmpty();
		assertThat(tablesHolding(this.lastName)).isEmpty();
		assertThat(tablesHolding(this.subject)).isEmpty();
		assertThat(tablesHolding(PeopleDirectory.emailHash(this.email))).isEmpty();

		UUID againId = request(PrivacyRequested.Kind.ERASURE);
		assertThat(answers(againId, 1).get(0)).satisfies((again) -> {
			assertThat(again.deleted()).isZero();
			assertThat(again.anonymised()).isZero();
		});
		assertThat(this.answers.received((answer) -> answer.requestId().equals(erasureId)))
			.as("the same message delivered twice is answered once")
			.hasSize(1);
	}

	@Test
	void aVisitorWithoutAccountIsAnsweredToo() {
		// a visitor asks through an e-mail's signed link: no subject, only an address
		for (PrivacyRequested.Kind kind : PrivacyRequested.Kind.values()) {
			UUID requestId = UUID.randomUUID();
			this.broker.publish(MessageEnvelope.of(
					new PrivacyRequested(requestId, kind,
							new Member(null, null, null, "visiteuse-" + requestId + "@example.org"), Instant.now()),
					Instant.now()));
			assertThat(answers(requestId, 1)).as(kind + " answered").hasSize(1);
		}
	}

	UUID request(PrivacyRequested.Kind kind) {
		UUID requestId = UUID.randomUUID();
		this.broker.publish(MessageEnvelope.of(new PrivacyRequested(requestId, kind,
				new Member(this.subject, "Zoé", this.lastName, this.email), Instant.now()), Instant.now()));
		return requestId;
	}

	/**
	 * The sums and counts the cooperative's and funders' figures are made of (a referral
	 * leads to a personal file as the funnel finds it: its subject, else a person with
	 * that address's hash).
	 */
	Map<String, Object> figures() {
		return this.jdbc.queryForMap(
				"""
						select (select sum(credit) - sum(debit) from ledger_operation) as margin,
						  (select count(*) from ledger_operation o join personal_file f on f.analytical_code = o.analytical_code)
						    as matched_lines,
						  (select count(*) from sales_document s join personal_file f on f.analytical_code = s.analytical_code)
						    as matched_documents,
						  (select count(*) from file_milestone m join personal_file f on f.subject = m.subject) as milestones,
						  (select count(*) from file_objective) as objectives,
						  (select sum(hours) from attendance where attendance = 'PRESENT') as hours,
						  (select count(distinct email_hash) from referral) as referred,
						  (select count(*) from referral r join personal_file f on f.subject = coalesce(r.subject,
						  (select max(p.subject) from person p where p.email_hash = r.email_hash))) as referred_with_file,
						  (select sum(revenue) from typed_figures) as typed,
						  (select count(*) from appointment) as appointments""");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> rows(Map<String, Object> part, String key) {
		return (List<Map<String, Object>>) part.get(key);
	}

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

	/** The answers to that request (waits for {@code count}, at most 15 s). */
	List<PrivacyAnswered> answers(UUID requestId, int count) {
		return this.answers.await((answer) -> answer.requestId().equals(requestId), count, Duration.ofSeconds(15));
	}

}
