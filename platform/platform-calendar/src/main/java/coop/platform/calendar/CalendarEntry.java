package coop.platform.calendar;

import java.time.Instant;

/**
 * One event in a calendar file.
 *
 * @param uid stable across updates, so a calendar replaces the entry instead of adding a
 * copy
 * @param location postal address or online link, may be {@code null}
 * @param url the event's page, may be {@code null}
 * @param cancelled true to tell calendars the event will not take place
 * @param sequence revision number, increased at each change of an entry already sent
 */
public record CalendarEntry(String uid, String summary, String description, Instant start, Instant end, String location,
		String url, boolean cancelled, int sequence) {

	public CalendarEntry {
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("An entry ends after it starts");
		}
	}

}
