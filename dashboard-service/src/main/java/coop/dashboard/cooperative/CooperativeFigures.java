package coop.dashboard.cooperative;

import java.time.YearMonth;
import java.util.List;

/**
 * Anonymous figures of the cooperative.
 *
 * @param entrepreneurs entrepreneurs with activity figures this year
 * @param revenueThisYear total revenue of the cooperative's entrepreneurs this year, in
 * euros
 */
public record CooperativeFigures(int entrepreneurs, double revenueThisYear, List<MonthlyRegistrations> registrations) {

	public record MonthlyRegistrations(YearMonth month, String kind, int registrations) {
	}

}
