package coop.dashboard.portfolio;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import coop.dashboard.activity.ActivityDashboard;
import coop.dashboard.activity.ActivityQuery;
import coop.dashboard.files.PersonalFiles;
import coop.dashboard.people.PeopleDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Builds portfolio entries and their alerts. Each alert says why with the figures that
 * raised it, so that a coach knows what to look at before opening the dashboard.
 */
@Service
class Alerts {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ActivityQuery activity;

	private final PersonalFiles files;

	private final AlertSettings.Store settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	Alerts(ActivityQuery activity, PersonalFiles files, AlertSettings.Store settings, JdbcClient jdbc, Clock clock) {
		this.activity = activity;
		this.files = files;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Entries sorted by number of alerts, then name. */
	List<PortfolioEntry> portfolio(List<PeopleDirectory.Entry> people) {
		AlertSettings thresholds = this.settings.current();
		return people.stream()
			.map((person) -> entry(person, thresholds))
			.sorted(Comparator.comparingInt((PortfolioEntry e) -> -e.alerts().size())
				.thenComparing(PortfolioEntry::name))
			.toList();
	}

	PortfolioEntry entry(PeopleDirectory.Entry person, AlertSettings thresholds) {
		LocalDate today = LocalDate.now(this.clock.withZone(PARIS));
		ActivityDashboard dashboard = this.activity.dashboardOf(person.subject());
		List<PortfolioEntry.Alert> alerts = new ArrayList<>();
		for (ActivityDashboard.Objective objective : dashboard.objectives()) {
			if ("REVENUE".equals(objective.kind())
					&& objective.progress() + thresholds.objectiveGap() <= objective.expected()) {
				alerts.add(new PortfolioEntry.Alert(PortfolioEntry.Kind.BEHIND_OBJECTIVES,
						"Objectif « " + objective.label() + " » : " + objective.progress() + " % atteint ("
								+ euros(objective.achieved()) + " sur " + euros(objective.target()) + ") pour "
								+ objective.expected() + " % du temps écoulé."));
			}
		}
		List<ActivityDashboard.Month> months = dashboard.months();
		int n = thresholds.monthsWithoutRevenue();
		List<ActivityDashboard.Month> closed = months.subList(Math.max(0, months.size() - 1 - n), months.size() - 1);
		if (dashboard.analyticalCode() != null && closed.size() == n
				&& closed.stream().allMatch((m) -> m.revenue().signum() <= 0)) {
			alerts.add(new PortfolioEntry.Alert(PortfolioEntry.Kind.NO_REVENUE, "Aucun chiffre d'affaires depuis " + n
					+ " mois (depuis "
					+ closed.get(0).month().atDay(1).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH))
					+ ")."));
		}
		ActivityDashboard.Sales sales = dashboard.sales();
		if (sales.invoicesLate() >= thresholds.lateInvoices()) {
			alerts.add(new PortfolioEntry.Alert(PortfolioEntry.Kind.LATE_INVOICES,
					sales.invoicesLate() + " factures impayées depuis plus de " + sales.lateAfterDays() + " jours ("
							+ euros(sales.lateAmount()) + ")."));
		}
		BigDecimal treasury = dashboard.treasury().reference();
		if (dashboard.analyticalCode() != null
				&& treasury.compareTo(BigDecimal.valueOf(thresholds.treasuryFloor())) < 0) {
			alerts.add(new PortfolioEntry.Alert(PortfolioEntry.Kind.LOW_TREASURY,
					"Trésorerie de référence de " + euros(treasury) + ", sous le seuil de "
							+ euros(BigDecimal.valueOf(thresholds.treasuryFloor())) + "."));
		}
		record Workshop(Timestamp startsAt, String attendance) {
		}
		List<Workshop> lastWorkshops = this.jdbc.sql("""
				select starts_at, attendance from attendance where subject = ? and event_kind = 'WORKSHOP'
				    and attendance in ('PRESENT', 'ABSENT') order by starts_at desc limit ?""")
			.params(person.subject(), thresholds.missedWorkshops())
			.query(Workshop.class)
			.list();
		List<String> absences = lastWorkshops.stream().map(Workshop::attendance).toList();
		if (absences.size() == thresholds.missedWorkshops() && absences.stream().allMatch("ABSENT"::equals)) {
			alerts.add(new PortfolioEntry.Alert(PortfolioEntry.Kind.MISSED_WORKSHOPS,
					"Absent(e) aux " + absences.size() + " derniers ateliers (le plus récent le "
							+ DAY.format(lastWorkshops.get(0).startsAt().toInstant().atZone(PARIS)) + ")."));
		}
		// an aggregate's one row, null without any appointment
		Timestamp lastAppointment = this.jdbc
			.sql("select max(starts_at) from appointment where entrepreneur = ? and not cancelled")
			.param(person.subject())
			.query(Timestamp.class)
			.list()
			.get(0);
		LocalDate since = today.minusWeeks(thresholds.weeksWithoutAppointment());
		if (lastAppointment == null || lastAppointment.toInstant().atZone(PARIS).toLocalDate().isBefore(since)) {
			alerts.add(new PortfolioEntry.Alert(PortfolioEntry.Kind.NO_APPOINTMENT,
					(lastAppointment != null)
							? "Aucun rendez-vous depuis le " + DAY.format(lastAppointment.toInstant().atZone(PARIS))
									+ " (plus de " + thresholds.weeksWithoutAppointment() + " semaines)."
							: "Aucun rendez-vous enregistré ni prévu."));
		}
		this.files.find(person.subject()).ifPresent((file) -> {
			if (file.capeEndsOn() != null && file.cesaStartsOn() == null && !file.capeEndsOn().isBefore(today)
					&& !file.capeEndsOn().isAfter(today.plusDays(thresholds.agreementEndingDays()))) {
				alerts.add(new PortfolioEntry.Alert(PortfolioEntry.Kind.AGREEMENT_ENDING,
						"Le CAPE se termine le " + DAY.format(file.capeEndsOn()) + " (dans "
								+ ChronoUnit.DAYS.between(today, file.capeEndsOn())
								+ " jours) et aucun CESA n'est signé."));
			}
		});
		BigDecimal now = dashboard.yearToDate().revenue();
		BigDecimal before = dashboard.lastYearToDate().revenue();
		Integer trend = (before.signum() > 0) ? now.subtract(before)
			.multiply(BigDecimal.valueOf(100))
			.divide(before, 0, java.math.RoundingMode.HALF_EVEN)
			.intValue() : null;
		return new PortfolioEntry(person.subject(), person.name(), person.antenna(), now, before, trend, treasury,
				sales.invoicesLate(), alerts);
	}

	static String euros(BigDecimal amount) {
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.FRANCE);
		return format.format(amount).replace('\u202F', ' ').replace('\u00A0', ' ');
	}

}
