package coop.events.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The waiting list's order and its offers, without the database: first come, first
 * served; the offer lasts a set time but never past the event's start.
 */
final class WaitingLine {

	/**
	 * Order of arrival; on the same instant the smaller id first, compared as PostgreSQL
	 * compares uuids (unsigned, byte by byte) so that the position people are told
	 * ({@link Registrations#positionOf}) and the order of the offers agree.
	 */
	static final Comparator<Registration> ARRIVAL = Comparator.comparing(Registration::createdAt)
		.thenComparing((registration) -> registration.id().toString());

	private WaitingLine() {
	}

	/** The people waiting who get the free seats, in order of arrival. */
	static List<Registration> nextInLine(Collection<Registration> waiting, long freeSeats) {
		return waiting.stream()
			.filter((registration) -> registration.status() == Registration.Status.WAITLISTED)
			.sorted(ARRIVAL)
			.limit(Math.max(0, freeSeats))
			.toList();
	}

	/** Until when a seat offered now stays offered. */
	static Instant offerExpiry(Instant now, Duration offerDuration, Instant eventStart) {
		Instant expiresAt = now.plus(offerDuration);
		return expiresAt.isAfter(eventStart) ? eventStart : expiresAt;
	}

}
