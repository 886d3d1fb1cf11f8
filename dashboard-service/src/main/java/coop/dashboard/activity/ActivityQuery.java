package coop.dashboard.activity;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Builds one entrepreneur's dashboard: the last twelve months, this year's totals, the
 * agreement's objectives.
 */
@Service
class ActivityQuery {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final JdbcClient jdbc;

	private final Clock clock;

	ActivityQuery(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	ActivityDashboard dashboardOf(String subject) {
		YearMonth now = YearMonth.now(this.clock.withZone(PARIS));
		LocalDate from = now.minusMonths(11).atDay(1);
		List<ActivityDashboard.Month> months = this.jdbc
			.sql("select month, revenue_cents, expenses_cents, hours_worked from monthly_figures"
					+ " where entrepreneur_subject = ? and month >= ? order by month")
			.params(subject, Date.valueOf(from))
			.query((rs, row) -> {
				double revenue = rs.getLong(2) / 100.0;
				double expenses = rs.getLong(3) / 100.0;
				return new ActivityDashboard.Month(YearMonth.from(rs.getDate(1).toLocalDate()), revenue, expenses,
						revenue - expenses, rs.getInt(4));
			})
			.list();
		List<ActivityDashboard.Month> thisYear = months.stream()
			.filter((month) -> month.month().getYear() == now.getYear())
			.toList();
		double revenue = thisYear.stream().mapToDouble(ActivityDashboard.Month::revenue).sum();
		double expenses = thisYear.stream().mapToDouble(ActivityDashboard.Month::expenses).sum();
		int hours = thisYear.stream().mapToInt(ActivityDashboard.Month::hoursWorked).sum();
		List<ActivityDashboard.Objective> objectives = this.jdbc
			.sql("select label, target_cents, due_month, reached from objective where entrepreneur_subject = ?"
					+ " order by due_month")
			.param(subject)
			.query((rs, row) -> {
				long target = rs.getLong(2);
				return new ActivityDashboard.Objective(rs.getString(1), rs.wasNull() ? null : target / 100.0,
						rs.getDate(3).toLocalDate(), rs.getBoolean(4));
			})
			.list();
		return new ActivityDashboard(months, new ActivityDashboard.Totals(revenue, expenses, revenue - expenses, hours),
				objectives);
	}

}
