package coop.dashboard.activity;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import coop.platform.contracts.dashboard.FiguresChanged;
import coop.platform.messaging.Outbox;
import coop.platform.web.problem.ProblemException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures typed month by month where a cooperative imports no accounting. The row and the
 * message that tells open dashboards commit together.
 */
@Service
class TypedFigures {

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final Clock clock;

	TypedFigures(JdbcClient jdbc, Outbox outbox, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional
	void save(String subject, YearMonth month, TypedFiguresRequest figures, String typedBy) {
		YearMonth now = YearMonth.from(LocalDate.now(this.clock.withZone(ActivityQuery.PARIS)));
		if (month.isAfter(now)) {
			throw ProblemException.invalid("month", "On ne saisit pas les chiffres d'un mois qui n'a pas commencé.");
		}
		if (month.isBefore(now.minusYears(5))) {
			throw ProblemException.invalid("month", "Ce mois est trop ancien (cinq ans au plus).");
		}
		this.jdbc
			.sql("""
					insert into typed_figures (entrepreneur_subject, month, revenue, expenses, hours_worked, typed_by, typed_at)
					values (?, ?, ?, ?, ?, ?, ?)
					on conflict (entrepreneur_subject, month) do update set revenue = excluded.revenue,
					    expenses = excluded.expenses, hours_worked = excluded.hours_worked, typed_by = excluded.typed_by,
					    typed_at = excluded.typed_at""")
			.params(subject, Date.valueOf(month.atDay(1)), figures.revenue(), figures.expenses(), figures.hoursWorked(),
					typedBy, Timestamp.from(this.clock.instant()))
			.update();
		this.outbox.append(new FiguresChanged(List.of(subject), FiguresChanged.Cause.TYPED, this.clock.instant()));
	}

}
