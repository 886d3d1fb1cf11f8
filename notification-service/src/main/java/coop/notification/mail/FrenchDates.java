package coop.notification.mail;

import java.time.Instant;
import java.time.LocalDate;
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

	/** « 9 h 30 », in Paris. */
	public static String time(OffsetDateTime time) {
		return TIME.format(time.atZoneSameInstant(PARIS));
	}

	/** « dimanche 10 janvier 2027 à 9 h 00 ». */
	public static String dayAndTime(OffsetDateTime time) {
		return day(time) + " à " + time(time);
	}

	public static String span(OffsetDateTime start, OffsetDateTime end) {
		String from = time(start);
		String to = time(end);
		if (start.atZoneSameInstant(PARIS).toLocalDate().equals(end.atZoneSameInstant(PARIS).toLocalDate())) {
			return day(start) + ", de " + from + " à " + to;
		}
		return "du " + day(start) + " à " + from + " au " + day(end) + " à " + to;
	}

	/**
	 * « demain », « aujourd'hui » or « le mardi 12 janvier 2027 », as seen at {@code now}
	 * in Paris.
	 */
	public static String relativeDay(OffsetDateTime time, Instant now) {
		LocalDate day = time.atZoneSameInstant(PARIS).toLocalDate();
		LocalDate today = now.atZone(PARIS).toLocalDate();
		if (day.equals(today)) {
			return "aujourd'hui";
		}
		if (day.equals(today.plusDays(1))) {
			return "demain";
		}
		return "le " + day(time);
	}

}
