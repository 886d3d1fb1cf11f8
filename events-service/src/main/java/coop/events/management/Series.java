package coop.events.management;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import coop.events.management.EventRequest.RecurrenceRequest.Frequency;

/**
 * The dates of a series, as people read them in one time zone: every occurrence at the
 * same wall-clock hour, summer or winter; a change "from this date on" moves each later
 * occurrence by as many days as this one and gives it the new hour and length.
 */
final class Series {

	private Series() {
	}

	/** When an occurrence starts and ends. */
	record Span(Instant startsAt, Instant endsAt) {
	}

	/**
	 * The occurrences of a new series: the first at {@code start}, then one a week or the
	 * same day of each following month (the last day of a shorter month when that day is
	 * missing), counted from the first so that a short month does not shift the others.
	 */
	static List<Span> occurrences(ZonedDateTime start, ZonedDateTime end, Frequency frequency, int count) {
		List<Span> spans = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ZonedDateTime from = (frequency == Frequency.WEEKLY) ? start.plusWeeks(i) : start.plusMonths(i);
			ZonedDateTime to = (frequency == Frequency.WEEKLY) ? end.plusWeeks(i) : end.plusMonths(i);
			spans.add(new Span(from.toInstant(), to.toInstant()));
		}
		return spans;
	}

	/**
	 * A later occurrence after its series was changed from {@code before} (one
	 * occurrence's old start) to {@code start}–{@code end}: it moves by the same number
	 * of days, takes the new hour in the zone of {@code start}, and the new wall-clock
	 * length.
	 */
	static Span following(Instant occurrence, Instant before, ZonedDateTime start, ZonedDateTime end) {
		ZoneId zone = start.getZone();
		long daysMoved = ChronoUnit.DAYS.between(before.atZone(zone).toLocalDate(), start.toLocalDate());
		Duration length = Duration.between(start.toLocalDateTime(), end.toLocalDateTime());
		LocalDateTime localStart = occurrence.atZone(zone)
			.toLocalDate()
			.plusDays(daysMoved)
			.atTime(start.toLocalTime());
		return new Span(localStart.atZone(zone).toInstant(), localStart.plus(length).atZone(zone).toInstant());
	}

}
