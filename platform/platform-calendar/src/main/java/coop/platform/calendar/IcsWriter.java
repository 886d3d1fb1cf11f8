package coop.platform.calendar;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Status;
import biweekly.property.Method;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;

/**
 * Writes calendars whose times are expressed in Europe/Paris with the matching VTIMEZONE,
 * so that every calendar application shows the hour the cooperative means, summer and
 * winter alike.
 */
public final class IcsWriter {

	public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	public static final String MEDIA_TYPE = "text/calendar";

	private IcsWriter() {
	}

	/**
	 * Who publishes the calendar: strict readers (and Outlook for a cancellation) need an
	 * {@code ORGANIZER}; the cooperative's name as its settings give it, and an address
	 * people may answer (the team's mailbox).
	 */
	public record Organizer(String name, String email) {

	}

	/** The platform as a product, the same for every cooperative that runs it. */
	static final String PRODUCT_ID = "-//Plateforme des coopératives d'activités et d'emploi//Agenda//FR";

	/**
	 * The UID of an event or appointment: its id alone (RFC 7986 recommends a UUID), so
	 * that the subscribed feed and the file attached to an e-mail name the same entry
	 * whatever the cooperative is called.
	 */
	public static String uid(java.util.UUID id) {
		return id.toString();
	}

	/**
	 * A published calendar ({@code METHOD:PUBLISH}): a feed, or the file of one event.
	 * @param name shown by calendar applications for a subscribed feed, may be
	 * {@code null}
	 */
	public static String write(String name, Organizer organizer, List<CalendarEntry> entries) {
		return write(name, organizer, entries, Method.publish());
	}

	/**
	 * The file attached to an e-mail about one entry: {@code METHOD:PUBLISH} while it
	 * takes place, {@code METHOD:CANCEL} once cancelled, so that Outlook and Thunderbird
	 * remove the entry they hold (same UID, a higher {@code SEQUENCE}).
	 */
	public static String attachment(Organizer organizer, CalendarEntry entry) {
		return write(null, organizer, List.of(entry), entry.cancelled() ? Method.cancel() : Method.publish());
	}

	/** The {@code method} parameter of the attachment's content type. */
	public static String methodOf(CalendarEntry entry) {
		return entry.cancelled() ? "CANCEL" : "PUBLISH";
	}

	private static String write(String name, Organizer organizer, List<CalendarEntry> entries, Method method) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId(PRODUCT_ID);
		calendar.setMethod(method);
		if (name != null) {
			calendar.setName(name);
			calendar.setExperimentalProperty("X-WR-CALNAME", name);
			calendar.setExperimentalProperty("X-WR-TIMEZONE", PARIS.getId());
		}
		for (CalendarEntry entry : entries) {
			VEvent event = new VEvent();
			event.setUid(entry.uid());
			event.setSummary(entry.summary());
			if (entry.description() != null) {
				event.setDescription(entry.description());
			}
			event.setDateStart(Date.from(entry.start()));
			event.setDateEnd(Date.from(entry.end()));
			if (entry.location() != null) {
				event.setLocation(entry.location());
			}
			if (entry.url() != null) {
				event.setUrl(entry.url());
			}
			event.setSequence(entry.sequence());
			event.setOrganizer(new biweekly.property.Organizer(organizer.name(), organizer.email()));
			event.setStatus(entry.cancelled() ? Status.cancelled() : Status.confirmed());
			calendar.addEvent(event);
		}
		calendar.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(PARIS), paris()));
		return Biweekly.write(calendar).go();
	}

	/**
	 * Central European time with the EU rule: summer time from the last Sunday of March
	 * to the last of October.
	 */
	private static VTimezone paris() {
		VTimezone timezone = new VTimezone(PARIS.getId());
		DaylightSavingsTime summer = new DaylightSavingsTime();
		summer.setDateStart(new DateTimeComponents(1970, 3, 29, 2, 0, 0, false));
		summer
			.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(3).byDay(-1, DayOfWeek.SUNDAY).build());
		summer.setTimezoneOffsetFrom(new UtcOffset(true, 1, 0));
		summer.setTimezoneOffsetTo(new UtcOffset(true, 2, 0));
		summer.addTimezoneName("CEST");
		StandardTime winter = new StandardTime();
		winter.setDateStart(new DateTimeComponents(1970, 10, 25, 3, 0, 0, false));
		winter.setRecurrenceRule(
				new Recurrence.Builder(Frequency.YEARLY).byMonth(10).byDay(-1, DayOfWeek.SUNDAY).build());
		winter.setTimezoneOffsetFrom(new UtcOffset(true, 2, 0));
		winter.setTimezoneOffsetTo(new UtcOffset(true, 1, 0));
		winter.addTimezoneName("CET");
		timezone.addDaylightSavingsTime(summer);
		timezone.addStandardTime(winter);
		return timezone;
	}

}
