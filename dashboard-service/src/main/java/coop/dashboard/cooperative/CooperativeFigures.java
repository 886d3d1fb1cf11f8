package coop.dashboard.cooperative;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Anonymous figures of the cooperative.
 *
 * @param entrepreneurs entrepreneurs with activity figures this year, {@code null} when
 * fewer than {@value #SMALLEST_GROUP}
 * @param revenueThisYear total revenue of the cooperative's entrepreneurs this year, in
 * euros, {@code null} when they are fewer than {@value #SMALLEST_GROUP}
 */
public record CooperativeFigures(@Nullable Integer entrepreneurs, @Nullable BigDecimal revenueThisYear,
		List<MonthlyRegistrations> registrations) {

	/** No figure about fewer people than this is published. */
	public static final int SMALLEST_GROUP = 5;

	public record MonthlyRegistrations(YearMonth month, String kind, int registrations) {
	}

}
