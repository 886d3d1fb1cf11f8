package coop.platform.web.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * The years a date of the platform may have. Beyond them a date is a typing mistake or an
 * attack: PostgreSQL cannot store some of them, and a calendar feed with a five-digit
 * year is unreadable for every subscriber.
 */
public final class DateWindow {

	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2100;

	/** What the caller reads on the field. */
	public static final String MESSAGE = "Cette date doit être comprise entre " + FIRST_YEAR + " et " + LAST_YEAR + ".";

	private DateWindow() {
	}

	static boolean handles(Class<?> type) {
		return type == LocalDate.class || type == LocalDateTime.class || type == OffsetDateTime.class
				|| type == ZonedDateTime.class || type == Instant.class || type == YearMonth.class;
	}

	/** Whether the value (a date, a date-time or an instant) falls in the window. */
	public static boolean contains(Object value) {
		if (value instanceof Instant instant) {
			// the year in UTC; one day either side changes nothing at these bounds
			if (instant.isBefore(Instant.parse("1900-01-01T00:00:00Z"))
					|| !instant.isBefore(Instant.parse("2101-01-01T00:00:00Z"))) {
				return false;
			}
			return contains(instant.atOffset(ZoneOffset.UTC));
		}
		if (value instanceof TemporalAccessor temporal && temporal.isSupported(ChronoField.YEAR)) {
			int year = temporal.get(ChronoField.YEAR);
			return year >= FIRST_YEAR && year <= LAST_YEAR;
		}
		return true;
	}

}
