package coop.dashboard;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import coop.dashboard.people.PeopleDirectory;
import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.AttendanceRecorded;
import coop.platform.contracts.events.Attendee;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.Eventually;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The funders' view: the intake funnel by prescriber organisation built from the
 * registrations and attendance on the broker and the personal files, people by stage and
 * by revenue, workshops; never a name, never a figure about fewer than five people;
 * antenna staff see their antenna only.
 */
class FundersIT extends WithRealServers {

	final LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

	final YearMonth thisMonth = YearMonth.from(this.today);

	/** A hidden figure, as a JSON path filter reads it. */
	static final List<Object> NONE = Arrays.asList((Object) null);

	@BeforeEach
	void nobodyYet() {
		empty("referral", "attendance", "typed_figures", "ledger_operation", "file_objective", "file_milestone",
				"personal_file");
		this.jdbc.update("delete from person where name like 'Funnel %'");
	}

	/**
	 * A person registered to an information meeting, through the broker as events-service
	 * tells it.
	 */
	UUID referred(String email, String organisation, String antenna, boolean present) {
		OffsetDateTime meeting = OffsetDateTime.now(ZoneOffset.ofHours(1)).minusDays(20);
		AgendaEventSnapshot event = new AgendaEventSnapshot(UUID.randomUUID(), AgendaEventSnapshot.Kind.INFO_MEETING,
				"Réunion d'information", meeting, meeting.plusHours(2), "Europe/Paris", "Seynod", null, null,
				"http://localhost:8080/agenda/x", antenna);
		Attendee attendee = new Attendee("Léa", "Perrin", email, null);
		UUID registration = UUID.randomUUID();
		this.broker.publish(MessageEnvelope.of(
				new RegistrationConfirmed(registration, event, attendee, "http://localhost:8080/x", organisation),
				meeting.minusDays(5).toInstant()));
		this.broker.publish(MessageEnvelope.of(
				new AttendanceRecorded(registration, event, attendee,
						present ? AttendanceRecorded.Attendance.PRESENT : AttendanceRecorded.Attendance.ABSENT, null),
				Instant.now()));
		return registration;
	}

	/** The person went on: an account, a personal file with these steps reached. */
	void wentOn(String email, String antenna, String... milestones) {
		String subject = UUID.randomUUID().toString();
		this.jdbc.update(
				"insert into person (subject, role, name, email_hash, antenna, changed_at)"
						+ " values (?, 'entrepreneur', 'Funnel ' || ?, ?, ?, now())",
				subject, email, PeopleDirectory.emailHash(email), antenna);
		this.jdbc.update("insert into personal_file (subject, antenna, changed_at) values (?, ?, now())", subject,
				antenna);
		int days = 1;
		for (String milestone : milestones) {
			this.jdbc.update("insert into file_milestone (subject, milestone, reached_on) values (?, ?, ?)", subject,
					milestone, Date.valueOf(this.today.minusDays(10).plusDays(days++)));
		}
		this.jdbc.update(
				"insert into typed_figures (entrepreneur_subject, month, revenue, expenses, hours_worked)"
						+ " values (?, ?, ?, 0, 0)",
				subject, Date.valueOf(this.thisMonth.atDay(1)), new BigDecimal("1500"));
		if (List.of(milestones).contains("CAPE_SIGNED")) {
			this.jdbc.update("update personal_file set cape_starts_on = ? where subject = ?",
					Date.valueOf(this.today.minusDays(5)), subject);
		}
	}

	void awaitReferrals(int count) {
		Eventually.await(() -> this.jdbc.queryForObject(
				"select count(*) from referral r join attendance a on a.registration_id = r.registration_id",
				Integer.class), (n) -> n == count, java.time.Duration.ofSeconds(20));
	}

	@Test
	void theIntakeFunnelCountsEachStepByOrganisationAndHidesSmallGroups() {
		// PLIE: 7 referred, 6 came, 5 had a first interview and signed a CAPE
		for (int i = 0; i < 7; i++) {
			String email = "plie-" + i + "-" + UUID.randomUUID() + "@example.org";
			referred(email, "plie-bassin-annecien", "seynod", i < 6);
			if (i < 5) {
				wentOn(email, "seynod", "INFORMATION_MEETING", "FIRST_INTERVIEW", "CAPE_SIGNED");
			}
		}
		// the CCAS referred 2: grouped with others, and hidden
		referred("ccas-1-" + UUID.randomUUID() + "@example.org", "ccas-seynod", "seynod", true);
		referred("ccas-2-" + UUID.randomUUID() + "@example.org", "ccas-seynod", "seynod", false);
		// 3 people came by themselves
		for (int i = 0; i < 3; i++) {
			referred("direct-" + i + "-" + UUID.randomUUID() + "@example.org", null, "annemasse", true);
		}
		awaitReferrals(12);

		get("paul.funder", "/api/dashboard/funders/figures?from=" + this.thisMonth.minusMonths(2)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.funnel[0].key")
			.isEqualTo("plie-bassin-annecien")
			.jsonPath("$.funnel[0].referred")
			.isEqualTo(7)
			.jsonPath("$.funnel[0].attendedMeeting")
			.isEqualTo(6)
			.jsonPath("$.funnel[0].meetingRate")
			.isEqualTo(86)
			.jsonPath("$.funnel[0].firstInterview")
			.isEqualTo(5)
			.jsonPath("$.funnel[0].interviewRate")
			.isEqualTo(83)
			.jsonPath("$.funnel[0].cape")
			.isEqualTo(5)
			.jsonPath("$.funnel[0].cesa")
			.doesNotExist()
			.jsonPath("$.funnel[0].cesaRate")
			.doesNotExist()
			.jsonPath("$.funnel[0].daysToInterview")
			.exists()
			.jsonPath("$.funnel[?(@.key=='direct')].referred")
			.isEqualTo(NONE)
			.jsonPath("$.funnel[?(@.key=='other')].label")
			.isEqualTo(List.of("Autres prescripteurs (moins de 5 orientations chacun)"))
			.jsonPath("$.funnel[?(@.key=='other')].referred")
			.isEqualTo(NONE)
			.jsonPath("$.funnelTotal.referred")
			.isEqualTo(12)
			.jsonPath("$.funnelTotal.attendedMeeting")
			.isEqualTo(10)
			.jsonPath("$.stages[?(@.key=='CAPE_SIGNED')].people")
			.isEqualTo(List.of(5))
			.jsonPath("$.stages[?(@.key=='ASSOCIATE')].people")
			.isEqualTo(NONE)
			.jsonPath("$.revenueBands[?(@.key=='under-10k')].people")
			.isEqualTo(List.of(5));
	}

	@Test
	void aFunderNeverSeesANameAndAntennaStaffSeeTheirAntennaOnly() {
		for (int i = 0; i < 6; i++) {
			String email = "seynod-" + i + "-" + UUID.randomUUID() + "@example.org";
			referred(email, "plie-bassin-annecien", "seynod", true);
			wentOn(email, "seynod", "INFORMATION_MEETING", "FIRST_INTERVIEW");
		}
		for (int i = 0; i < 5; i++) {
			referred("annemasse-" + i + "-" + UUID.randomUUID() + "@example.org", "ale-annemasse", "annemasse", true);
		}
		awaitReferrals(11);
		byte[] json = get("paul.funder", "/api/dashboard/funders/figures?from=" + this.thisMonth.minusMonths(2))
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBodyContent();
		String text = new String(json, StandardCharsets.UTF_8);
		assertThat(text).doesNotContain("Funnel").doesNotContain("@example.org").doesNotContain("Léa");
		get("paul.funder", "/api/dashboard/funders/figures?antenna=annemasse&from=" + this.thisMonth.minusMonths(2))
			.expectBody()
			.jsonPath("$.antenna")
			.isEqualTo("annemasse")
			.jsonPath("$.funnelTotal.referred")
			.isEqualTo(5);
		// nadia.staff belongs to Annemasse: her antenna, whatever she asks
		get("nadia.staff", "/api/dashboard/funders/figures?from=" + this.thisMonth.minusMonths(2)).expectBody()
			.jsonPath("$.antenna")
			.isEqualTo("annemasse")
			.jsonPath("$.funnelTotal.referred")
			.isEqualTo(5);
		get("nadia.staff", "/api/dashboard/funders/figures?antenna=seynod").expectStatus().isForbidden();
		get("camille.staff", "/api/dashboard/funders/figures?antenna=seynod&from=" + this.thisMonth.minusMonths(2))
			.expectBody()
			.jsonPath("$.funnelTotal.referred")
			.isEqualTo(6);
		get("marie.entrepreneur", "/api/dashboard/funders/figures").expectStatus().isForbidden();
		get("lucas.coach", "/api/dashboard/funders/figures").expectStatus().isForbidden();
		get("paul.funder", "/api/dashboard/me").expectStatus().isForbidden();
		get("paul.funder", "/api/dashboard/entrepreneurs/" + MARIE).expectStatus().isForbidden();
		get("paul.funder", "/api/dashboard/funders/figures?from=2026-06&to=2026-01").expectStatus().isBadRequest();
	}

	@Test
	void theFundersViewExportsAsCsvAndPdfWithHiddenCellsLeftEmpty() {
		for (int i = 0; i < 5; i++) {
			referred("csv-" + i + "-" + UUID.randomUUID() + "@example.org", "plie-bassin-annecien", "seynod", i < 3);
		}
		awaitReferrals(5);
		byte[] csv = download("paul.funder", "/api/dashboard/funders/figures.csv?from=" + this.thisMonth.minusMonths(2),
				"text/csv;charset=UTF-8");
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFChiffres de la coopérative pour ses financeurs")
			.contains("Parcours d'entrée")
			// 5 referred, 3 came (hidden), no rate on fewer than five
			.contains("plie-bassin-annecien;5;;;");
		assertPdf(download("paul.funder", "/api/dashboard/funders/figures.pdf", "application/pdf"));
	}

}
