package coop.events.appointment;

import java.util.List;

import coop.platform.calendar.CalendarEntry;
import coop.platform.calendar.IcsWriter;

import org.springframework.stereotype.Component;

/**
 * A person's appointments as calendar entries, for their personal feed.
 */
@Component
public class AppointmentCalendar {

	private final Appointments appointments;

	AppointmentCalendar(Appointments appointments) {
		this.appointments = appointments;
	}

	public List<CalendarEntry> entriesOf(String subject) {
		return this.appointments.calendarOf(subject).stream().map((a) -> {
			boolean asCoach = subject.equals(a.coach().subject());
			String with = asCoach ? ((a.entrepreneur() != null) ? a.entrepreneur().name() : "") : a.coach().name();
			String summary = "Entretien individuel avec " + with;
			String location = (a.place().url() != null) ? a.place().url()
					: a.place().label() + ((a.place().town() != null) ? ", " + a.place().town() : "");
			return new CalendarEntry(IcsWriter.uid(a.id()), summary, a.topic(), a.startsAt().toInstant(),
					a.endsAt().toInstant(), location, null, false, 0);
		}).toList();
	}

}
