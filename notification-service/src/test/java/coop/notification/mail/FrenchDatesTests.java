package coop.notification.mail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrenchDatesTests {

	static final OffsetDateTime WINTER = OffsetDateTime.of(2027, 1, 12, 8, 30, 0, 0, ZoneOffset.UTC);

	static final OffsetDateTime SUMMER = OffsetDateTime.of(2027, 7, 6, 7, 0, 0, 0, ZoneOffset.UTC);

	@Test
	void timesAreWrittenInParisWinterAndSummer() {
		assertThat(FrenchDates.span(WINTER, WINTER.plusHours(2)))
			.isEqualTo("mardi 12 janvier 2027, de 9 h 30 à 11 h 30");
		assertThat(FrenchDates.dayAndTime(SUMMER)).isEqualTo("mardi 6 juillet 2027 à 9 h 00");
		assertThat(FrenchDates.span(WINTER, WINTER.plusDays(1)))
			.isEqualTo("du mardi 12 janvier 2027 à 9 h 30 au mercredi 13 janvier 2027 à 9 h 30");
	}

	@Test
	void theDayIsRelativeToNowInParis() {
		assertThat(FrenchDates.relativeDay(WINTER, Instant.parse("2027-01-11T23:01:00Z"))).isEqualTo("aujourd'hui");
		assertThat(FrenchDates.relativeDay(WINTER, Instant.parse("2027-01-11T08:31:00Z"))).isEqualTo("demain");
		assertThat(FrenchDates.relativeDay(WINTER, Instant.parse("2027-01-09T08:00:00Z")))
			.isEqualTo("le mardi 12 janvier 2027");
	}

}
