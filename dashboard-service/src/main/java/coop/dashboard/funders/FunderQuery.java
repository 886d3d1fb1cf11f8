package coop.dashboard.funders;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import coop.dashboard.activity.ActivityQuery;
import coop.platform.contracts.members.PersonalFileChanged.Milestone;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Computes the funders' figures from the dashboard's own copies (personal files, ledger,
 * attendance, referrals) and hides every figure about fewer than five people.
 */
@Service
class FunderQuery {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final Map<Milestone, String> STAGES = new EnumMap<>(Map.of(Milestone.INFORMATION_MEETING,
			"Réunion d'information", Milestone.FIRST_INTERVIEW, "Premier entretien", Milestone.CAPE_SIGNED,
			"En CAPE (contrat d'appui au projet)", Milestone.FIRST_INVOICE, "Première facture émise",
			Milestone.CESA_SIGNED, "Entrepreneur salarié (CESA)", Milestone.ASSOCIATE, "Associé(e)"));

	private static final List<Band> BANDS = List.of(new Band("none", "Aucun chiffre d'affaires", null),
			new Band("under-10k", "Moins de 10 000 €", new BigDecimal("10000")),
			new Band("10k-25k", "De 10 000 à 25 000 €", new BigDecimal("25000")),
			new Band("25k-50k", "De 25 000 à 50 000 €", new BigDecimal("50000")),
			new Band("50k-plus", "50 000 € et plus", null));

	private record Band(String key, String label, BigDecimal under) {
	}

	private final JdbcClient jdbc;

	private final ActivityQuery activity;

	FunderQuery(JdbcClient jdbc, ActivityQuery activity) {
		this.jdbc = jdbc;
		this.activity = activity;
	}

	FunderFigures figures(String antenna, YearMonth from, YearMonth to) {
		Funnel funnel = funnel(antenna, from, to);
		return new FunderFigures(antenna, from, to, FunderFigures.SMALLEST_GROUP, stages(antenna, to),
				revenueBands(antenna, from, to), training(antenna, from, to), funnel.rows(), funnel.total());
	}

	/** Each person counted at the furthest step reached by the end of the period. */
	List<FunderFigures.Group> stages(String antenna, YearMonth to) {
		Map<String, Milestone> furthest = new HashMap<>();
		Date end = Date.valueOf(to.atEndOfMonth());
		this.jdbc.sql("""
				select f.subject, m.milestone from personal_file f join file_milestone m on m.subject = f.subject
				where m.reached_on <= :end""" + antennaOf("f", antenna))
			.param("end", end)
			.param("antenna", antenna)
			.query((rs) -> {
				Milestone milestone = milestone(rs.getString(2));
				if (milestone != null) {
					furthest.merge(rs.getString(1), milestone, (a, b) -> (a.compareTo(b) >= 0) ? a : b);
				}
			});
		// the agreement's dates say as much as its milestones
		this.jdbc.sql("""
				select subject, case when cesa_starts_on <= :end then 'CESA_SIGNED' else 'CAPE_SIGNED' end
				from personal_file f where cape_starts_on <= :end""" + antennaOf("f", antenna))
			.param("end", end)
			.param("antenna", antenna)
			.query((rs) -> {
				furthest.merge(rs.getString(1), Milestone.valueOf(rs.getString(2)),
						(a, b) -> (a.compareTo(b) >= 0) ? a : b);
			});
		Map<Milestone, Integer> counts = new EnumMap<>(Milestone.class);
		furthest.values().forEach((milestone) -> counts.merge(milestone, 1, Integer::sum));
		List<FunderFigures.Group> stages = new ArrayList<>();
		for (Milestone milestone : Milestone.values()) {
			stages.add(new FunderFigures.Group(milestone.name(), STAGES.get(milestone),
					shown(counts.getOrDefault(milestone, 0))));
		}
		return stages;
	}

	/**
	 * Entrepreneurs with an agreement or accounts by the end of the period, by their
	 * revenue over it.
	 */
	List<FunderFigures.Group> revenueBands(String antenna, YearMonth from, YearMonth to) {
		List<String> entrepreneurs = this.jdbc.sql("""
				select subject from personal_file f
				where (cape_starts_on <= :end or analytical_code is not null)""" + antennaOf("f", antenna))
			.param("end", Date.valueOf(to.atEndOfMonth()))
			.param("antenna", antenna)
			.query(String.class)
			.list();
		Map<String, Integer> counts = new LinkedHashMap<>();
		BANDS.forEach((band) -> counts.put(band.key(), 0));
		for (String subject : entrepreneurs) {
			BigDecimal revenue = this.activity.revenue(subject, from, to);
			counts.merge(band(revenue).key(), 1, Integer::sum);
		}
		return BANDS.stream()
			.map((band) -> new FunderFigures.Group(band.key(), band.label(), shown(counts.get(band.key()))))
			.toList();
	}

	private static Band band(BigDecimal revenue) {
		if (revenue.signum() <= 0) {
			return BANDS.get(0);
		}
		return BANDS.stream()
			.skip(1)
			.filter((band) -> band.under() == null || revenue.compareTo(band.under()) < 0)
			.findFirst()
			.orElseThrow();
	}

	FunderFigures.Training training(String antenna, YearMonth from, YearMonth to) {
		record Held(int workshops, BigDecimal workshopHours, int meetings) {
		}
		Held held = this.jdbc.sql("""
				select count(*) filter (where event_kind = 'WORKSHOP') as workshops,
				    coalesce(sum(hours) filter (where event_kind = 'WORKSHOP'), 0) as workshop_hours,
				    count(*) filter (where event_kind = 'INFO_MEETING') as meetings
				from (select event_id, max(event_kind) as event_kind, max(hours) as hours from attendance a
				      where starts_at >= :start and starts_at < :end""" + antennaOf("a", antenna) + """
				group by event_id) held""").paramSource(period(antenna, from, to)).query(Held.class).single();
		record Attended(int people, int registeredPeople, int present, int recorded, BigDecimal hours) {
		}
		Map<String, Attended> attended = new HashMap<>();
		this.jdbc.sql("""
				select event_kind,
				    count(distinct coalesce(subject, registration_id::text)) filter (where attendance = 'PRESENT'),
				    count(distinct coalesce(subject, registration_id::text)),
				    count(*) filter (where attendance = 'PRESENT'), count(*),
				    coalesce(sum(hours) filter (where attendance = 'PRESENT'), 0)
				from attendance a where starts_at >= :start and starts_at < :end
				    and attendance in ('PRESENT', 'ABSENT', 'EXCUSED')""" + antennaOf("a", antenna) + """
				group by event_kind""").paramSource(period(antenna, from, to)).query((rs) -> {
			attended.put(rs.getString(1),
					new Attended(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getBigDecimal(6)));
		});
		Attended none = new Attended(0, 0, 0, 0, BigDecimal.ZERO);
		Attended workshops = attended.getOrDefault("WORKSHOP", none);
		Attended meetings = attended.getOrDefault("INFO_MEETING", none);
		return new FunderFigures.Training(held.workshops(), held.workshopHours(), shown(workshops.people()),
				(workshops.people() >= FunderFigures.SMALLEST_GROUP) ? workshops.hours() : null,
				rate(workshops.present(), workshops.recorded(), workshops.people(), workshops.registeredPeople()),
				held.meetings(),
				rate(meetings.present(), meetings.recorded(), meetings.people(), meetings.registeredPeople()));
	}

	record Funnel(List<FunderFigures.FunnelRow> rows, FunderFigures.FunnelRow total) {
	}

	/** One referred person and the dates of the steps they reached. */
	record Referred(String organisation, LocalDate registeredOn, LocalDate attendedOn, LocalDate interviewOn,
			LocalDate capeOn, LocalDate cesaOn) {

		// a later step implies the earlier ones, even when one was not recorded
		boolean attended() {
			return this.attendedOn != null || interviewed();
		}

		boolean interviewed() {
			return this.interviewOn != null || inCape();
		}

		boolean inCape() {
			return this.capeOn != null || inCesa();
		}

		boolean inCesa() {
			return this.cesaOn != null;
		}

	}

	Funnel funnel(String antenna, YearMonth from, YearMonth to) {
		List<Referred> people = this.jdbc
			.sql("""
					with first_referral as (
					    select distinct on (email_hash) email_hash, organisation, registered_at from referral r
					    where registered_at >= :start and registered_at < :end""" + antennaOf("r", antenna)
					+ """
							    order by email_hash, registered_at),
							referred as (
							    select f.email_hash, f.organisation, f.registered_at,
							        (select min(r.meeting_at) from referral r join attendance a on a.registration_id = r.registration_id
							         where r.email_hash = f.email_hash and a.attendance = 'PRESENT') as attended_at,
							        coalesce((select max(r.subject) from referral r where r.email_hash = f.email_hash),
							                 (select max(p.subject) from person p where p.email_hash = f.email_hash)) as subject
							    from first_referral f)
							select p.organisation, p.registered_at, p.attended_at,
							    (select reached_on from file_milestone m where m.subject = p.subject
							     and m.milestone = 'FIRST_INTERVIEW') as interview_on,
							    coalesce((select reached_on from file_milestone m where m.subject = p.subject
							              and m.milestone = 'CAPE_SIGNED'), pf.cape_starts_on) as cape_on,
							    coalesce((select reached_on from file_milestone m where m.subject = p.subject
							              and m.milestone = 'CESA_SIGNED'), pf.cesa_starts_on) as cesa_on
							from referred p left join personal_file pf on pf.subject = p.subject""")
			.paramSource(period(antenna, from, to))
			.query((rs, row) -> new Referred(rs.getString(1), day(rs.getTimestamp(2)), day(rs.getTimestamp(3)),
					date(rs.getDate(4)), date(rs.getDate(5)), date(rs.getDate(6))))
			.list();
		Map<String, List<Referred>> byOrganisation = new LinkedHashMap<>();
		people.stream()
			.sorted(Comparator.comparing((Referred r) -> (r.organisation() != null) ? r.organisation() : ""))
			.forEach((r) -> byOrganisation.computeIfAbsent(key(r.organisation()), (k) -> new ArrayList<>()).add(r));
		List<FunderFigures.FunnelRow> rows = new ArrayList<>();
		List<Referred> others = new ArrayList<>();
		byOrganisation.forEach((key, referred) -> {
			if (!"direct".equals(key) && referred.size() < FunderFigures.SMALLEST_GROUP) {
				others.addAll(referred);
			}
			else {
				rows.add(row(key, "direct".equals(key) ? "Inscription directe (sans prescripteur)" : key, referred));
			}
		});
		if (!others.isEmpty()) {
			rows.add(row("other", "Autres prescripteurs (moins de 5 orientations chacun)", others));
		}
		rows.sort(Comparator.comparing((FunderFigures.FunnelRow row) -> "direct".equals(row.key()))
			.thenComparing((row) -> "other".equals(row.key()))
			.thenComparing(FunderFigures.FunnelRow::key));
		return new Funnel(rows, row("total", "Toutes les orientations", people));
	}

	private static FunderFigures.FunnelRow row(String key, String label, List<Referred> people) {
		int referred = people.size();
		int attended = count(people, Referred::attended);
		int interviewed = count(people, Referred::interviewed);
		int cape = count(people, Referred::inCape);
		int cesa = count(people, Referred::inCesa);
		return new FunderFigures.FunnelRow(key, label, shown(referred), shown(attended), shown(interviewed),
				shown(cape), shown(cesa), rate(attended, referred, attended, referred),
				rate(interviewed, attended, interviewed, attended), rate(cape, interviewed, cape, interviewed),
				rate(cesa, cape, cesa, cape), median(people, Referred::registeredOn, Referred::attendedOn),
				median(people, Referred::attendedOn, Referred::interviewOn),
				median(people, Referred::interviewOn, Referred::capeOn),
				median(people, Referred::capeOn, Referred::cesaOn));
	}

	private static int count(List<Referred> people, Predicate<Referred> reached) {
		return (int) people.stream().filter(reached).count();
	}

	/** The median number of days between two steps, over the people with both dates. */
	private static Integer median(List<Referred> people, Function<Referred, LocalDate> start,
			Function<Referred, LocalDate> end) {
		List<Long> days = people.stream()
			.filter((r) -> start.apply(r) != null && end.apply(r) != null && !end.apply(r).isBefore(start.apply(r)))
			.map((r) -> ChronoUnit.DAYS.between(start.apply(r), end.apply(r)))
			.sorted()
			.toList();
		if (days.size() < FunderFigures.SMALLEST_GROUP) {
			return null;
		}
		int middle = days.size() / 2;
		return (int) ((days.size() % 2 == 1) ? days.get(middle) : (days.get(middle - 1) + days.get(middle)) / 2);
	}

	/**
	 * A percentage, shown only when neither the people it counts nor those it is counted
	 * among are fewer than five.
	 */
	private static Integer rate(int part, int whole, int partPeople, int wholePeople) {
		if (partPeople < FunderFigures.SMALLEST_GROUP || wholePeople < FunderFigures.SMALLEST_GROUP || whole == 0) {
			return null;
		}
		return (int) Math.round(part * 100.0 / whole);
	}

	private static Integer shown(int people) {
		return (people >= FunderFigures.SMALLEST_GROUP) ? people : null;
	}

	private static String key(String organisation) {
		return (organisation != null) ? organisation : "direct";
	}

	/**
	 * The antenna's condition, ending the line: what a text block adds after it starts on
	 * a line of its own.
	 */
	private static String antennaOf(String alias, String antenna) {
		return ((antenna != null) ? " and " + alias + ".antenna = :antenna" : "") + "\n";
	}

	private static MapSqlParameterSource period(String antenna, YearMonth from, YearMonth to) {
		return new MapSqlParameterSource()
			.addValue("start", Timestamp.from(from.atDay(1).atStartOfDay(PARIS).toInstant()))
			.addValue("end", Timestamp.from(to.plusMonths(1).atDay(1).atStartOfDay(PARIS).toInstant()))
			.addValue("antenna", antenna);
	}

	private static Milestone milestone(String name) {
		try {
			return Milestone.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static LocalDate day(Timestamp at) {
		return (at != null) ? at.toInstant().atZone(PARIS).toLocalDate() : null;
	}

	private static LocalDate date(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

}
