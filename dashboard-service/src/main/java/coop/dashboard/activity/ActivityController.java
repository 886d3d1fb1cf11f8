package coop.dashboard.activity;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import coop.platform.web.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The logged-in entrepreneur's dashboard. Whose dashboard is decided by the token's
 * subject, never by a parameter, so nobody can read another's.
 */
@RestController
class ActivityController {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final JdbcClient jdbc;

	private final Clock clock;

	ActivityController(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping("/api/dashboard/me")
	ActivityDashboard mine(CurrentUser user) {
		YearMonth now = YearMonth.now(this.clock.withZone(PARIS));
		LocalDate from = now.minusMonths(11).atDay(1);
		List<ActivityDashboard.Month> months = this.jdbc
			.sql("select month, revenue_cents, expenses_cents, hours_worked from monthly_figures"
					+ " where entrepreneur_subject = ? and month >= ? order by month")
			.params(user.subject(), Date.valueOf(from))
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
			.param(user.subject())
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
