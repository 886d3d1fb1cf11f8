package coop.notification.mail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import coop.platform.calendar.CalendarEntry;
import coop.platform.calendar.IcsWriter;
import coop.platform.contracts.events.AgendaEventSnapshot;

/**
 * Calendar files attached to the e-mails. Every file about the same event or appointment
 * has the same UID, so a calendar updates or removes the entry it already holds; the
 * sequence grows with the message's time, so the latest message wins.
 */
public final class Calendars {

	private static final Instant SEQUENCE_ORIGIN = Instant.parse("2026-01-01T00:00:00Z");

	private Calendars() {
	}

	public static String uid(UUID id) {
		return IcsWriter.uid(id);
	}

	/**
	 * Seconds from 2026 to the message's time: grows from one message to the next and
	 * fits the iCalendar integer until 2094.
	 */
	public static int sequence(Instant occurredAt) {
		return (int) Math.max(0, Duration.between(SEQUENCE_ORIGIN, occurredAt).getSeconds());
	}

	/**
	 * {@code reunion.ics} for an agenda event, UID the event's id.
	 * @param cancelled true to remove the event from the person's calendar
	 */
	public static OutgoingMail.Attachment event(IcsWriter.Organizer organizer, AgendaEventSnapshot event,
			String description, Instant occurredAt, boolean cancelled) {
		return file(organizer, "reunion.ics",
				new CalendarEntry(uid(event.id()), event.title(), description, event.startsAt().toInstant(),
						event.endsAt().toInstant(), Places.line(event), event.pageUrl(), cancelled,
						sequence(occurredAt)));
	}

	/**
	 * The file of one entry: {@code METHOD:PUBLISH}, or {@code METHOD:CANCEL} for a
	 * cancelled entry (in the file and in the attachment's content type, where Outlook
	 * reads it).
	 */
	public static OutgoingMail.Attachment file(IcsWriter.Organizer organizer, String fileName, CalendarEntry entry) {
		String ics = IcsWriter.attachment(organizer, entry);
		return new OutgoingMail.Attachment(fileName,
				IcsWriter.MEDIA_TYPE + "; charset=UTF-8; method=" + IcsWriter.methodOf(entry),
				ics.getBytes(StandardCharsets.UTF_8));
	}

}
