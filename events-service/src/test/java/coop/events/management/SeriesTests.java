package coop.events.management;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import coop.events.management.EventRequest.RecurrenceRequest.Frequency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dates of series as people in Paris read them; summer time begins on 28 March 2027
 * and ends on 31 October 2027.
 */
class SeriesTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Test
	void aWeeklySeriesKeepsItsHourInParisWhenSummerTimeBegins() {
		List<Series.Span> spans = Series.occurrences(paris("2027-03-16T18:00"), paris("2027-03-16T20:00"),
				Frequency.WEEKLY, 4);

		assertThat(spans).extracting((span) -> local(span.startsAt()))
			.containsExactly("2027-03-16T18:00", "2027-03-23T18:00", "2027-03-30T18:00", "2027-04-06T18:00");
		assertThat(spans).extracting((span) -> local(span.endsAt()))
			.containsExactly("2027-03-16T20:00", "2027-03-23T20:00", "2027-03-30T20:00", "2027-04-06T20:00");
		// the instants move by an hour with the clocks
		assertThat(spans.get(1).startsAt()).isEqualTo(Instant.parse("2027-03-23T17:00:00Z"));
		assertThat(spans.get(2).startsAt()).isEqualTo(Instant.parse("2027-03-30T16:00:00Z"));
	}

	@Test
	void aWeeklySeriesKeepsItsHourInParisWhenSummerTimeEnds() {
		List<Series.Span> spans = Series.occurrences(paris("2027-10-26T09:30"), paris("2027-10-26T11:30"),
				Frequency.WEEKLY, 2);

		assertThat(spans).extracting((span) -> local(span.startsAt()))
			.containsExactly("2027-10-26T09:30", "2027-11-02T09:30");
		assertThat(spans.get(0).startsAt()).isEqualTo(Instant.parse("2027-10-26T07:30:00Z"));
		assertThat(spans.get(1).startsAt()).isEqualTo(Instant.parse("2027-11-02T08:30:00Z"));
	}

	@Test
	void aMonthlySeriesFallsOnTheSameDayAtTheSameHourInParis() {
		List<Series.Span> spans = Series.occurrences(paris("2027-02-10T09:30"), paris("2027-02-10T11:30"),
				Frequency.MONTHLY, 3);

		assertThat(spans).extracting((span) -> local(span.startsAt()))
			.containsExactly("2027-02-10T09:30", "2027-03-10T09:30", "2027-04-10T09:30");
	}

	@Test
	void aMonthlySeriesFromTheLastDayOfAMonthTakesTheLastDayOfShorterOnesAndComesBack() {
		List<Series.Span> spans = Series.occurrences(paris("2027-01-31T14:00"), paris("2027-01-31T16:00"),
				Frequency.MONTHLY, 4);

		assertThat(spans).extracting((span) -> local(span.startsAt()))
			.containsExactly("2027-01-31T14:00", "2027-02-28T14:00", "2027-03-31T14:00", "2027-04-30T14:00");
	}

	@Test
	void aChangeFromThisDateOnMovesTheLaterOnesByTheSameDaysAtTheNewHour() {
		// Tuesday 23 March at 18:00 becomes Wednesday 24 March at 19:00 until 21:30
		Series.Span later = Series.following(paris("2027-03-30T18:00").toInstant(),
				paris("2027-03-23T18:00").toInstant(), paris("2027-03-24T19:00"), paris("2027-03-24T21:30"));

		assertThat(local(later.startsAt())).isEqualTo("2027-03-31T19:00");
		assertThat(local(later.endsAt())).isEqualTo("2027-03-31T21:30");
		assertThat(later.startsAt()).isEqualTo(Instant.parse("2027-03-31T17:00:00Z"));
	}

	@Test
	void aChangeOfHourOnlyKeepsTheDatesOfTheLaterOnes() {
		Series.Span later = Series.following(paris("2027-11-02T09:30").toInstant(),
				paris("2027-10-26T09:30").toInstant(), paris("2027-10-26T14:00"), paris("2027-10-26T16:00"));

		assertThat(local(later.startsAt())).isEqualTo("2027-11-02T14:00");
		assertThat(local(later.endsAt())).isEqualTo("2027-11-02T16:00");
	}

	@Test
	void aChangeToAnEarlierDayMovesTheLaterOnesBackAsManyDays() {
		Series.Span later = Series.following(paris("2027-04-13T18:00").toInstant(),
				paris("2027-03-23T18:00").toInstant(), paris("2027-03-22T18:00"), paris("2027-03-22T20:00"));

		assertThat(local(later.startsAt())).isEqualTo("2027-04-12T18:00");
	}

	@Test
	void aMonthlyOccurrenceMovedAcrossAMonthEndLandsOnTheNextMonthsDay() {
		// the series of the 30th moves one day later: 30 April becomes 1 May
		Series.Span later = Series.following(paris("2027-04-30T14:00").toInstant(),
				paris("2027-03-30T14:00").toInstant(), paris("2027-03-31T14:00"), paris("2027-03-31T16:00"));

		assertThat(local(later.startsAt())).isEqualTo("2027-05-01T14:00");
	}

	@Test
	void theLengthIsKeptOnTheWallClockAcrossTheNightTheClocksChange() {
		// an evening until 2 in the morning, moved onto the night summer time begins
		Series.Span later = Series.following(paris("2027-03-27T22:00").toInstant(),
				paris("2027-03-20T22:00").toInstant(), paris("2027-03-20T23:00"), paris("2027-03-21T03:00"));

		assertThat(local(later.startsAt())).isEqualTo("2027-03-27T23:00");
		assertThat(local(later.endsAt())).isEqualTo("2027-03-28T03:00");
	}

	private static ZonedDateTime paris(String local) {
		return LocalDateTime.parse(local).atZone(PARIS);
	}

	private static String local(Instant instant) {
		return instant.atZone(PARIS).toLocalDateTime().toString();
	}

}
