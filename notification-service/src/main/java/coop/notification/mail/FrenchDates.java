package coop.notification.mail;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people in France write them: « mardi 12 janvier 2027, de 9 h 30 à 11 h 30 ».
 */
public final class FrenchDates {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H 'h' mm", Locale.FRENCH);

	private FrenchDates() {
	}

	public static String day(OffsetDateTime time) {
		return DAY.format(time.atZoneSameInstant(PARIS));
	}

	public static String span(OffsetDateTime start, OffsetDateTime end) {
		String from = TIME.format(start.atZoneSameInstant(PARIS));
		String to = TIME.format(end.atZoneSameInstant(PARIS));
		if (start.atZoneSameInstant(PARIS).toLocalDate().equals(end.atZoneSameInstant(PARIS).toLocalDate())) {
			return day(start) + ", de " + from + " à " + to;
		}
		return "du " + day(start) + " à " + from + " au " + day(end) + " à " + to;
	}

}
