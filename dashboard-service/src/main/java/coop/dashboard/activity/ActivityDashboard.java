package coop.dashboard.activity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an entrepreneur sees of their activity. Amounts are euros.
 */
public record ActivityDashboard(List<Month> months, Totals yearToDate, List<Objective> objectives) {

	public record Month(YearMonth month, double revenue, double expenses, double margin, int hoursWorked) {
	}

	public record Totals(double revenue, double expenses, double margin, int hoursWorked) {
	}

	public record Objective(String label, @Nullable Double target, LocalDate due, boolean reached) {
	}

}
