package coop.events;

import java.time.Duration;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import coop.platform.test.StrictCalendar;
import coop.events.agenda.AgendaEvent;
import coop.events.agenda.Audience;
import coop.events.agenda.EventKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public agenda as calendar files, read back with a real iCalendar library.
 */
class CalendarIT extends EventsIntegrationTest {

	@Test
	void thePublicFeedHoldsPublicEventsInParisTimeAndNotTheMembersOnes() {
		AgendaEvent meeting = meeting(5);
		AgendaEvent members = event(EventKind.WORKSHOP, Audience.MEMBERS, 5, Duration.ofDays(3));

		String ics = this.client.get()
			.uri("/api/events/public/agenda.ics")
			.exchange()
			.expectStatus()
			.isOk()
			// the same for everybody: the gateway's cache and proxies may keep it
			.expectHeader()
			.value("Cache-Control", (value) -> assertThat(value).contains("public").contains("s-maxage=10"))
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		ICalendar calendar = StrictCalendar.parse(ics);
		assertThat(calendar.getEvents()).anySatisfy((event) -> {
			assertThat(event.getUid().getValue()).isEqualTo(meeting.id().toString());
			assertThat(event.getDateStart().getValue().toInstant())
				.isEqualTo(meeting.startsAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
			assertThat(calendar.getTimezoneInfo().getTimezone(event.getDateStart()).getTimeZone().getID())
				.isEqualTo("Europe/Paris");
		});
		assertThat(calendar.getEvents())
			.noneSatisfy((event) -> assertThat(event.getUid().getValue()).isEqualTo(members.id().toString()));
	}

	@Test
	void eachPublicEventHasItsOwnFile() {
		AgendaEvent meeting = meeting(5);
		String ics = this.client.get()
			.uri("/api/events/public/events/{id}/calendar.ics", meeting.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(StrictCalendar.parse(ics).getEvents()).hasSize(1);
		this.client.get()
			.uri("/api/events/public/events/{id}/calendar.ics",
					event(EventKind.WORKSHOP, Audience.MEMBERS, 5, Duration.ofDays(3)).id())
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void aCancelledEventStaysInTheFeedWithAHigherSequenceSoCalendarsRemoveIt() {
		AgendaEvent meeting = meeting(5);
		VEvent before = feedEntry(meeting);
		assertThat(before.getOrganizer().getEmail()).isEqualTo("contact@coopemploi.com");
		assertThat(before.getStatus().isCancelled()).isFalse();

		AgendaEvent cancelled = this.events.findById(meeting.id()).orElseThrow();
		cancelled.cancel();
		this.events.saveAndFlush(cancelled);

		VEvent after = feedEntry(meeting);
		assertThat(after.getStatus().isCancelled()).isTrue();
		assertThat(after.getSequence().getValue()).isGreaterThan(before.getSequence().getValue());
	}

	private VEvent feedEntry(AgendaEvent event) {
		String ics = this.client.get()
			.uri("/api/events/public/events/{id}/calendar.ics", event.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return StrictCalendar.parse(ics).getEvents().get(0);
	}

}
