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
 * Public, anonymous figures: no person can be recognised from them, so a count of fewer
 * than five entrepreneurs is not shown.
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
		record Activity(Integer entrepreneurs, java.math.BigDecimal revenue) {
		}
		Activity activity = this.jdbc.sql("""
				with imported as (
				    select f.subject, sum(o.credit - o.debit) as revenue
				    from ledger_operation o join personal_file f on f.analytical_code = o.analytical_code
				    where o.operation_date >= ? and o.account like '70%' group by f.subject),
				typed as (
				    select entrepreneur_subject as subject, sum(revenue) as revenue from typed_figures
				    where month >= ? and entrepreneur_subject not in (select subject from imported)
				    group by entrepreneur_subject),
				everyone as (select * from imported union all select * from typed)
				select count(*) as entrepreneurs, coalesce(sum(revenue), 0) as revenue from everyone""")
			.params(yearStart, yearStart)
			.query(Activity.class)
			.single();
		List<CooperativeFigures.MonthlyRegistrations> registrations = this.jdbc
			.sql("select month, kind, registrations from registration_count where month >= ? order by month, kind")
			.param(Date.valueOf(now.minusMonths(11).atDay(1)))
			.query((rs, row) -> new CooperativeFigures.MonthlyRegistrations(YearMonth.from(rs.getDate(1).toLocalDate()),
					rs.getString(2), rs.getInt(3)))
			.list();
		boolean enough = activity.entrepreneurs() >= CooperativeFigures.SMALLEST_GROUP;
		return new CooperativeFigures(enough ? activity.entrepreneurs() : null,
				enough ? activity.revenue().setScale(0, java.math.RoundingMode.HALF_EVEN) : null, registrations);
	}

}
