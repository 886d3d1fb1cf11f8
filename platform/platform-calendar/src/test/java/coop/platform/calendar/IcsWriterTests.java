package coop.platform.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneInfo;
import coop.platform.calendar.IcsWriter.Organizer;
import coop.platform.test.StrictCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IcsWriterTests {

	static final Organizer TEAM = new Organizer("Coopérative du test", "contact@cooperative.test");

	private static Instant paris(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(IcsWriter.PARIS).toInstant();
	}

	private static CalendarEntry workshop(boolean cancelled, int sequence) {
		return new CalendarEntry("c@coop", "Atelier", null, paris("2027-03-01T09:00"), paris("2027-03-01T12:00"), null,
				null, cancelled, sequence);
	}

	@Test
	void winterAndSummerTimesReadBackAsTheParisHourMeant() {
		String ics = IcsWriter.write("Agenda", TEAM,
				List.of(new CalendarEntry("a@coop", "Réunion d'hiver", "Présentation", paris("2027-01-12T09:30"),
						paris("2027-01-12T11:30"), "1025 ancienne route d'Annecy, 74600 Seynod", null, false, 0),
						new CalendarEntry("b@coop", "Réunion d'été", null, paris("2027-07-06T09:30"),
								paris("2027-07-06T11:30"), null, "https://cooperative.test/agenda/b", false, 0)));

		assertThat(ics).contains("BEGIN:VTIMEZONE")
			.contains("TZID:Europe/Paris")
			.contains("DTSTART;TZID=Europe/Paris:20270112T093000");
		ICalendar parsed = StrictCalendar.parse(ics);
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
	void everyEntryNamesTheCooperativeAsOrganizer() {
		ICalendar parsed = StrictCalendar.parse(IcsWriter.attachment(TEAM, workshop(false, 0)));
		assertThat(parsed.getMethod().getValue()).isEqualTo("PUBLISH");
		VEvent event = parsed.getEvents().get(0);
		assertThat(event.getOrganizer().getEmail()).isEqualTo("contact@cooperative.test");
		assertThat(event.getOrganizer().getCommonName()).isEqualTo("Coopérative du test");
	}

	@Test
	void aCancellationIsAMethodCancelWithOrganizerAndAHigherSequence() {
		String ics = IcsWriter.attachment(TEAM, workshop(true, 2));
		assertThat(IcsWriter.methodOf(workshop(true, 2))).isEqualTo("CANCEL");
		ICalendar parsed = StrictCalendar.parse(ics);
		assertThat(parsed.getMethod().getValue()).isEqualTo("CANCEL");
		VEvent event = parsed.getEvents().get(0);
		assertThat(event.getStatus().isCancelled()).isTrue();
		assertThat(event.getSequence().getValue()).isEqualTo(2);
		assertThat(event.getUid().getValue()).isEqualTo("c@coop");
		assertThat(event.getOrganizer().getEmail()).isEqualTo("contact@cooperative.test");
	}

	@Test
	void theStrictReaderRefusesWhatOutlookRefuses() {
		// a published entry without organizer, as the platform wrote them before
		String withoutOrganizer = IcsWriter.write(null, TEAM, List.of(workshop(false, 0)))
			.replaceAll("ORGANIZER[^\r\n]*\r\n", "");
		assertThatThrownBy(() -> StrictCalendar.parse(withoutOrganizer)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("ORGANIZER");
	}

}
