package coop.dashboard.portfolio;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One entrepreneur of a portfolio: key figures, their trend against last year, and the
 * alerts that put them first.
 *
 * @param revenueTrend percent change of this year's revenue against the same months of
 * last year, {@code null} without last year's figures
 */
public record PortfolioEntry(String subject, String name, @Nullable String antenna, BigDecimal revenueYearToDate,
		BigDecimal revenueLastYearToDate, @Nullable Integer revenueTrend, BigDecimal treasury, int lateInvoices,
		List<Alert> alerts) {

	/**
	 * @param kind a stable code for programs
	 * @param reason why, in French, with the figures that raised it
	 */
	public record Alert(Kind kind, String reason) {
	}

	public enum Kind {

		BEHIND_OBJECTIVES, NO_REVENUE, LATE_INVOICES, LOW_TREASURY, MISSED_WORKSHOPS, NO_APPOINTMENT, AGREEMENT_ENDING

	}

}
