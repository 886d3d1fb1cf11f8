package coop.dashboard.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an entrepreneur sees of their activity. Amounts are euros with two decimals,
 * computed exactly (never in floating point) from the imported or typed figures.
 *
 * @param figuresAsOf the last date the latest accounting import covers ("chiffres au"),
 * or {@code null} before any
 * @param lastImportAt when the latest accounting import ended
 * @param analyticalCode the code that matches this entrepreneur in the accounting, or
 * {@code null} while their personal file has none
 * @param months the last twelve months
 * @param yearToDate this calendar year up to this month
 * @param lastYearToDate the same months of last year
 */
public record ActivityDashboard(String subject, @Nullable LocalDate figuresAsOf, @Nullable Instant lastImportAt,
		@Nullable String analyticalCode, List<Month> months, Totals yearToDate, Totals lastYearToDate,
		Treasury treasury, Sales sales, List<Objective> objectives, Forecast forecast) {

	/**
	 * @param source {@code IMPORTED} (from the accounting), {@code TYPED} (typed in the
	 * monthly form) or {@code NONE}
	 * @param hoursWorked hours typed for the month
	 * @param trainingHours hours of workshops attended
	 */
	public record Month(YearMonth month, BigDecimal revenue, BigDecimal expenses, BigDecimal margin,
			BigDecimal hoursWorked, BigDecimal trainingHours, String source) {
	}

	public record Totals(BigDecimal revenue, BigDecimal expenses, BigDecimal margin, BigDecimal hoursWorked,
			BigDecimal trainingHours) {
	}

	/**
	 * enDI's treasury statement from the balances (debit minus credit) of the accounts:
	 * what is owed shows negative.
	 */
	public record Treasury(List<Line> lines, BigDecimal reference, BigDecimal future) {

		/**
		 * @param future part of the future treasury only
		 */
		public record Line(String key, String label, BigDecimal balance, boolean future) {
		}

	}

	/**
	 * @param quotesSent quotes sent this year (signed or not)
	 * @param late invoices unpaid past the delay, oldest first
	 */
	public record Sales(int quotesSent, BigDecimal quotesSentAmount, int quotesSigned, BigDecimal quotesSignedAmount,
			int invoicesUnpaid, BigDecimal unpaidAmount, int invoicesLate, BigDecimal lateAmount, int lateAfterDays,
			List<Invoice> late) {

		public record Invoice(String number, @Nullable String customer, LocalDate issuedOn, BigDecimal amountDue,
				long daysLate) {
		}

	}

	/**
	 * @param kind {@code REVENUE} (progress from the figures) or {@code OTHER}
	 * @param achieved revenue reached towards a revenue objective
	 * @param progress percent reached (revenue) or 0/50/100 for to do / in progress /
	 * done
	 * @param expected percent of the objective's period already elapsed
	 */
	public record Objective(String id, String label, String kind, @Nullable BigDecimal target,
			@Nullable BigDecimal achieved, int progress, int expected, @Nullable String status,
			@Nullable LocalDate dueOn) {
	}

	/**
	 * @param revenueAtYearEnd this year's revenue so far plus the average of the last
	 * three complete months for each month left
	 */
	public record Forecast(BigDecimal revenueAtYearEnd, BigDecimal monthlyAverage) {
	}

}
