package coop.dashboard.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import coop.dashboard.files.PersonalFiles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Builds one entrepreneur's dashboard from the imported ledger (matched through the
 * analytical code of their personal file), enDI's invoices and quotes, the typed figures
 * of months without accounting, and the workshops they attended.
 */
@Service
public class ActivityQuery {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final FigureRules rules;

	private final PersonalFiles files;

	ActivityQuery(JdbcClient jdbc, Clock clock, FigureRules rules, PersonalFiles files) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.rules = rules;
		this.files = files;
	}

	record MonthFigures(BigDecimal revenue, BigDecimal expenses, BigDecimal hours, BigDecimal training, String source) {

		ActivityDashboard.Month on(YearMonth month) {
			return new ActivityDashboard.Month(month, money(this.revenue), money(this.expenses),
					money(this.revenue.subtract(this.expenses)), this.hours, this.training, this.source);
		}

	}

	public ActivityDashboard dashboardOf(String subject) {
		LocalDate today = LocalDate.now(this.clock.withZone(PARIS));
		YearMonth now = YearMonth.from(today);
		String code = this.files.find(subject).map(PersonalFiles.File::analyticalCode).orElse(null);
		Map<YearMonth, MonthFigures> figures = monthly(subject, code, now.minusMonths(23), now);
		List<ActivityDashboard.Month> months = new ArrayList<>();
		for (int i = 11; i >= 0; i--) {
			YearMonth month = now.minusMonths(i);
			MonthFigures f = figures.getOrDefault(month, new MonthFigures(ZERO, ZERO, ZERO, ZERO, "NONE"));
			months.add(f.on(month));
		}
		ActivityDashboard.Totals yearToDate = totals(figures, now.withMonth(1), now);
		ActivityDashboard.Totals lastYear = totals(figures, now.minusYears(1).withMonth(1), now.minusYears(1));
		record LastImport(Date lastDate, Timestamp finishedAt) {
		}
		LastImport last = this.jdbc
			.sql("select max(last_date) as last_date, max(finished_at) as finished_at from accounting_import"
					+ " where status = 'IMPORTED' and kind = 'LEDGER'")
			.query(LastImport.class)
			.single();
		LocalDate asOf = (last.lastDate() != null) ? last.lastDate().toLocalDate() : null;
		Instant importedAt = (last.finishedAt() != null) ? last.finishedAt().toInstant() : null;
		return new ActivityDashboard(subject, asOf, importedAt, code, months, yearToDate, lastYear,
				treasury(code, today), sales(code, today), objectives(subject, code, figures, today),
				forecast(figures, now));
	}

	/** One month of an entrepreneur's figures, as the dashboard shows it. */
	public ActivityDashboard.Month month(String subject, YearMonth month) {
		String code = this.files.find(subject).map(PersonalFiles.File::analyticalCode).orElse(null);
		return monthly(subject, code, month, month).get(month).on(month);
	}

	/**
	 * An entrepreneur's revenue over whole months, from the ledger or, for months without
	 * it, the typed figures.
	 */
	public BigDecimal revenue(String subject, YearMonth from, YearMonth to) {
		String code = this.files.find(subject).map(PersonalFiles.File::analyticalCode).orElse(null);
		return money(monthly(subject, code, from, to).values()
			.stream()
			.map(MonthFigures::revenue)
			.reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	/**
	 * The month's figures: the ledger's when it has any for the month, else the typed
	 * ones.
	 */
	Map<YearMonth, MonthFigures> monthly(String subject, String code, YearMonth from, YearMonth to) {
		Map<YearMonth, BigDecimal[]> ledger = new HashMap<>();
		if (code != null) {
			this.jdbc
				.sql("""
						select date_trunc('month', operation_date)::date as month,
						    coalesce(sum(case when account like any(?) and not account like any(?) then credit - debit end), 0),
						    coalesce(sum(case when account like any(?) and not account like any(?) then debit - credit end), 0)
						from ledger_operation where analytical_code = ? and operation_date >= ? and operation_date < ?
						group by 1""")
				.params(patterns(this.rules.revenueAccounts().include()),
						patterns(this.rules.revenueAccounts().exclude()),
						patterns(this.rules.expenseAccounts().include()),
						patterns(this.rules.expenseAccounts().exclude()), code, Date.valueOf(from.atDay(1)),
						Date.valueOf(to.plusMonths(1).atDay(1)))
				.query((rs) -> {
					ledger.put(YearMonth.from(rs.getDate(1).toLocalDate()),
							new BigDecimal[] { rs.getBigDecimal(2), rs.getBigDecimal(3) });
				});
		}
		Map<YearMonth, MonthFigures> months = new LinkedHashMap<>();
		Map<YearMonth, BigDecimal> training = new HashMap<>();
		this.jdbc.sql("""
				select date_trunc('month', starts_at at time zone 'Europe/Paris')::date, sum(hours) from attendance
				where subject = ? and attendance = 'PRESENT' and starts_at >= ? group by 1""")
			.params(subject, Timestamp.from(from.atDay(1).atStartOfDay(PARIS).toInstant()))
			.query((rs) -> {
				training.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getBigDecimal(2));
			});
		Map<YearMonth, Object[]> typed = new HashMap<>();
		this.jdbc
			.sql("select month, revenue, expenses, hours_worked from typed_figures where entrepreneur_subject = ?"
					+ " and month >= ?")
			.params(subject, Date.valueOf(from.atDay(1)))
			.query((rs) -> {
				typed.put(YearMonth.from(rs.getDate(1).toLocalDate()),
						new Object[] { rs.getBigDecimal(2), rs.getBigDecimal(3), BigDecimal.valueOf(rs.getInt(4)) });
			});
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			BigDecimal[] imported = ledger.get(month);
			Object[] typedMonth = typed.get(month);
			BigDecimal hours = (typedMonth != null) ? (BigDecimal) typedMonth[2] : BigDecimal.ZERO;
			BigDecimal hoursTrained = training.getOrDefault(month, BigDecimal.ZERO);
			if (imported != null) {
				months.put(month, new MonthFigures(imported[0], imported[1], hours, hoursTrained, "IMPORTED"));
			}
			else if (typedMonth != null) {
				months.put(month, new MonthFigures((BigDecimal) typedMonth[0], (BigDecimal) typedMonth[1], hours,
						hoursTrained, "TYPED"));
			}
			else {
				months.put(month, new MonthFigures(ZERO, ZERO, BigDecimal.ZERO, hoursTrained, "NONE"));
			}
		}
		return months;
	}

	private ActivityDashboard.Totals totals(Map<YearMonth, MonthFigures> figures, YearMonth from, YearMonth to) {
		BigDecimal revenue = BigDecimal.ZERO;
		BigDecimal expenses = BigDecimal.ZERO;
		BigDecimal hours = BigDecimal.ZERO;
		BigDecimal training = BigDecimal.ZERO;
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			MonthFigures f = figures.get(month);
			if (f != null) {
				revenue = revenue.add(f.revenue());
				expenses = expenses.add(f.expenses());
				hours = hours.add(f.hours());
				training = training.add(f.training());
			}
		}
		return new ActivityDashboard.Totals(money(revenue), money(expenses), money(revenue.subtract(expenses)), hours,
				training);
	}

	ActivityDashboard.Treasury treasury(String code, LocalDate today) {
		Map<String, BigDecimal> balances = new HashMap<>();
		if (code != null) {
			this.jdbc
				.sql("select account, sum(debit - credit) from ledger_operation where analytical_code = ?"
						+ " and operation_date <= ? group by account")
				.params(code, Date.valueOf(today))
				.query((rs) -> {
					balances.put(rs.getString(1), rs.getBigDecimal(2));
				});
		}
		FigureRules.Treasury t = this.rules.treasury();
		List<ActivityDashboard.Treasury.Line> lines = List.of(
				line("cash", "Trésorerie du jour", t.cash(), balances, false),
				line("taxes", "Impôts et cotisations à payer", t.taxes(), balances, false),
				line("suppliers", "Fournisseurs à payer", t.suppliers(), balances, false),
				line("salaries", "Salaires à payer", t.salaries(), balances, true),
				line("expenseClaims", "Notes de dépenses à rembourser", t.expenseClaims(), balances, true),
				line("customers", "Clients à encaisser", t.customers(), balances, true));
		BigDecimal reference = lines.stream()
			.filter((l) -> !l.future())
			.map(ActivityDashboard.Treasury.Line::balance)
			.reduce(ZERO, BigDecimal::add);
		BigDecimal future = lines.stream().map(ActivityDashboard.Treasury.Line::balance).reduce(ZERO, BigDecimal::add);
		return new ActivityDashboard.Treasury(lines, reference, future);
	}

	private static ActivityDashboard.Treasury.Line line(String key, String label, FigureRules.Accounts accounts,
			Map<String, BigDecimal> balances, boolean future) {
		BigDecimal sum = balances.entrySet()
			.stream()
			.filter((entry) -> accounts.matches(entry.getKey()))
			.map(Map.Entry::getValue)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new ActivityDashboard.Treasury.Line(key, label, money(sum), future);
	}

	ActivityDashboard.Sales sales(String code, LocalDate today) {
		int lateAfter = this.rules.lateAfterDays();
		if (code == null) {
			return new ActivityDashboard.Sales(0, ZERO, 0, ZERO, 0, ZERO, 0, ZERO, lateAfter, List.of());
		}
		record Quotes(int sent, BigDecimal sentAmount, int signed, BigDecimal signedAmount) {
		}
		Quotes quotes = this.jdbc.sql("""
				select count(*) filter (where status <> 'DRAFT') as sent,
				    coalesce(sum(excluding_tax) filter (where status <> 'DRAFT'), 0) as sent_amount,
				    count(*) filter (where status = 'SIGNED') as signed,
				    coalesce(sum(excluding_tax) filter (where status = 'SIGNED'), 0) as signed_amount
				from sales_document where kind = 'QUOTE' and analytical_code = ? and issued_on >= ?""")
			.params(code, Date.valueOf(today.withDayOfYear(1)))
			.query(Quotes.class)
			.single();
		record Unpaid(String number, String customer, Date issuedOn, BigDecimal amountDue) {
		}
		List<Unpaid> unpaid = this.jdbc
			.sql("select number, customer, issued_on, amount_due from sales_document where kind = 'INVOICE'"
					+ " and analytical_code = ? and amount_due > 0 order by issued_on")
			.param(code)
			.query(Unpaid.class)
			.list();
		LocalDate lateBefore = today.minusDays(lateAfter);
		List<ActivityDashboard.Sales.Invoice> late = unpaid.stream()
			.filter((invoice) -> invoice.issuedOn().toLocalDate().isBefore(lateBefore))
			.map((invoice) -> new ActivityDashboard.Sales.Invoice(invoice.number(), invoice.customer(),
					invoice.issuedOn().toLocalDate(), money(invoice.amountDue()),
					ChronoUnit.DAYS.between(invoice.issuedOn().toLocalDate().plusDays(lateAfter), today)))
			.toList();
		return new ActivityDashboard.Sales(quotes.sent(), money(quotes.sentAmount()), quotes.signed(),
				money(quotes.signedAmount()), unpaid.size(),
				money(unpaid.stream().map(Unpaid::amountDue).reduce(BigDecimal.ZERO, BigDecimal::add)), late.size(),
				money(late.stream()
					.map(ActivityDashboard.Sales.Invoice::amountDue)
					.reduce(BigDecimal.ZERO, BigDecimal::add)),
				lateAfter, late);
	}

	List<ActivityDashboard.Objective> objectives(String subject, String code, Map<YearMonth, MonthFigures> figures,
			LocalDate today) {
		LocalDate agreementStart = this.files.find(subject).map(PersonalFiles.File::capeStartsOn).orElse(null);
		List<ActivityDashboard.Objective> objectives = new ArrayList<>();
		for (PersonalFiles.Objective o : this.files.objectives(subject)) {
			if ("REVENUE".equals(o.kind()) && o.targetAmount() != null) {
				LocalDate due = (o.dueOn() != null) ? o.dueOn() : today.withDayOfYear(today.lengthOfYear());
				LocalDate start = (agreementStart != null && agreementStart.isBefore(due)) ? agreementStart
						: due.minusYears(1).plusDays(1);
				BigDecimal achieved = revenueBetween(subject, code, figures, start, today.isBefore(due) ? today : due);
				int progress = percent(achieved, o.targetAmount());
				long total = Math.max(1, ChronoUnit.DAYS.between(start, due));
				long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, today)));
				objectives.add(new ActivityDashboard.Objective(o.id(), o.label(), o.kind(), money(o.targetAmount()),
						money(achieved), progress, (int) (elapsed * 100 / total), null, o.dueOn()));
			}
			else {
				int progress = switch ((o.status() != null) ? o.status() : "TODO") {
					case "DONE" -> 100;
					case "IN_PROGRESS" -> 50;
					default -> 0;
				};
				objectives.add(new ActivityDashboard.Objective(o.id(), o.label(), o.kind(), null, null, progress, 0,
						o.status(), o.dueOn()));
			}
		}
		return objectives;
	}

	private BigDecimal revenueBetween(String subject, String code, Map<YearMonth, MonthFigures> known, LocalDate from,
			LocalDate to) {
		Map<YearMonth, MonthFigures> figures = known;
		YearMonth first = YearMonth.from(from);
		if (!known.containsKey(first)) {
			figures = monthly(subject, code, first, YearMonth.from(to));
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (YearMonth month = first; !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
			MonthFigures f = figures.get(month);
			if (f != null) {
				sum = sum.add(f.revenue());
			}
		}
		return sum;
	}

	private ActivityDashboard.Forecast forecast(Map<YearMonth, MonthFigures> figures, YearMonth now) {
		BigDecimal lastThree = BigDecimal.ZERO;
		for (int i = 1; i <= 3; i++) {
			MonthFigures f = figures.get(now.minusMonths(i));
			lastThree = lastThree.add((f != null) ? f.revenue() : BigDecimal.ZERO);
		}
		BigDecimal average = lastThree.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_EVEN);
		BigDecimal soFar = totals(figures, now.withMonth(1), now).revenue();
		// the current month counts as left: its figures are rarely complete
		BigDecimal soFarClosed = soFar
			.subtract(figures.getOrDefault(now, new MonthFigures(ZERO, ZERO, ZERO, ZERO, "")).revenue());
		int monthsLeft = 12 - now.getMonthValue() + 1;
		return new ActivityDashboard.Forecast(money(soFarClosed.add(average.multiply(BigDecimal.valueOf(monthsLeft)))),
				average);
	}

	static int percent(BigDecimal part, BigDecimal whole) {
		if (whole.signum() <= 0) {
			return 0;
		}
		return part.multiply(HUNDRED).divide(whole, 0, RoundingMode.DOWN).min(BigDecimal.valueOf(999)).intValue();
	}

	static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_EVEN);
	}

	private static String[] patterns(List<String> prefixes) {
		return prefixes.stream().map((prefix) -> prefix + "%").toArray(String[]::new);
	}

}
