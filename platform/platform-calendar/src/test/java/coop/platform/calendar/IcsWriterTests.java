package coop.platform.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IcsWriterTests {

	private static Instant paris(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(IcsWriter.PARIS).toInstant();
	}

	@Test
	void winterAndSummerTimesReadBackAsTheParisHourMeant() {
		String ics = IcsWriter.write("Agenda",
				List.of(new CalendarEntry("a@coop", "Réunion d'hiver", "Présentation", paris("2027-01-12T09:30"),
						paris("2027-01-12T11:30"), "1025 ancienne route d'Annecy, 74600 Seynod", null, false, 0),
						new CalendarEntry("b@coop", "Réunion d'été", null, paris("2027-07-06T09:30"),
								paris("2027-07-06T11:30"), null, "https://coopemploi.com/agenda/b", false, 0)));

		assertThat(ics).contains("BEGIN:VTIMEZONE")
			.contains("TZID:Europe/Paris")
			.contains("DTSTART;TZID=Europe/Paris:20270112T093000");
		ICalendar parsed = Biweekly.parse(ics).first();
		TimezoneInfo zones = parsed.getTimezoneInfo();
		List<VEvent> events = parsed.getEvents();
		assertThat(events).hasSize(2);
		assertThat(events.get(0).getDateStart().getValue().toInstant()).isEqualTo(paris("2027-01-12T09:30"));
		assertThat(events.get(1).getDateStart().getValue().toInstant()).isEqualTo(paris("2027-07-06T09:30"));
		assertThat(zones.getTimezone(events.get(1).getDateStart()).getTimeZone().getID()).isEqualTo("Europe/Paris");
		assertThat(events.get(0).getSummary().getValue()).isEqualTo("Réunion d'hiver");
		assertThat(events.get(0).getLocation().getValue()).contains("Seynod");
	}

	@Test
	void aCancelledEntryTellsCalendarsSo() {
		String ics = IcsWriter.write(null, List.of(new CalendarEntry("c@coop", "Atelier", null,
				paris("2027-03-01T09:00"), paris("2027-03-01T12:00"), null, null, true, 2)));
		VEvent event = Biweekly.parse(ics).first().getEvents().get(0);
		assertThat(event.getStatus().isCancelled()).isTrue();
		assertThat(event.getSequence().getValue()).isEqualTo(2);
	}

}
