package coop.platform.test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarnings;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Reads a calendar file as the strictest calendar applications do: ical4j parses it
 * without relaxed parsing and validates it against RFC 5545 and, for its {@code METHOD},
 * the iTIP rules of RFC 5546 ({@code PUBLISH} and {@code CANCEL} need an
 * {@code ORGANIZER}, a cancellation a {@code SEQUENCE}...); biweekly's own validation
 * must have nothing to say either. Any finding fails the test with the file.
 */
public final class StrictCalendar {

	private StrictCalendar() {
	}

	/**
	 * @return the calendar as biweekly reads it, for the test's own assertions
	 */
	public static ICalendar parse(String ics) {
		Calendar strict;
		try {
			strict = new CalendarBuilder().build(new StringReader(ics));
		}
		catch (IOException | ParserException ex) {
			throw new AssertionError("Not a calendar a strict parser reads: " + ex.getMessage() + "\n" + ics, ex);
		}
		try {
			ValidationResult result = strict.validate();
			if (result.hasErrors()) {
				throw new AssertionError("Not a valid calendar (RFC 5545/5546): " + result.getEntries() + "\n" + ics);
			}
		}
		catch (ValidationException ex) {
			throw new AssertionError("Not a valid calendar (RFC 5545/5546): " + ex.getMessage() + "\n" + ics, ex);
		}
		List<ICalendar> calendars = Biweekly.parse(ics).all();
		if (calendars.size() != 1) {
			throw new AssertionError("Expected one calendar, found " + calendars.size() + "\n" + ics);
		}
		ICalendar calendar = calendars.get(0);
		ValidationWarnings warnings = calendar.validate(ICalVersion.V2_0);
		if (!warnings.isEmpty()) {
			throw new AssertionError("biweekly finds the calendar invalid: " + warnings + "\n" + ics);
		}
		return calendar;
	}

}
