package coop.dashboard.cooperative;

import java.sql.Date;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public, anonymous figures: no person can be recognised from them.
 */
@RestController
class CooperativeController {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final JdbcClient jdbc;

	private final Clock clock;

	CooperativeController(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping("/api/dashboard/public/figures")
	CooperativeFigures figures() {
		YearMonth now = YearMonth.now(this.clock.withZone(PARIS));
		Date yearStart = Date.valueOf(now.withMonth(1).atDay(1));
		Integer entrepreneurs = this.jdbc
			.sql("select count(distinct entrepreneur_subject) from monthly_figures where month >= ?")
			.param(yearStart)
			.query(Integer.class)
			.single();
		Long revenue = this.jdbc.sql("select coalesce(sum(revenue_cents), 0) from monthly_figures where month >= ?")
			.param(yearStart)
			.query(Long.class)
			.single();
		List<CooperativeFigures.MonthlyRegistrations> registrations = this.jdbc
			.sql("select month, kind, registrations from registration_count where month >= ? order by month, kind")
			.param(Date.valueOf(now.minusMonths(11).atDay(1)))
			.query((rs, row) -> new CooperativeFigures.MonthlyRegistrations(YearMonth.from(rs.getDate(1).toLocalDate()),
					rs.getString(2), rs.getInt(3)))
			.list();
		return new CooperativeFigures(entrepreneurs, revenue / 100.0, registrations);
	}

}
