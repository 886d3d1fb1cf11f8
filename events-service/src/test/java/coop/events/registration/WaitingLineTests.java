package coop.events.registration;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who gets a freed seat, and until when, without Spring or a database. */
class WaitingLineTests {

	static final Instant NOW = RegistrationTests.NOW;

	@Test
	void freeSeatsGoToThoseWaitingInTheOrderTheyArrived() {
		Registration third = arrived(NOW.plusSeconds(30));
		Registration first = arrived(NOW.plusSeconds(10));
		Registration second = arrived(NOW.plusSeconds(20));

		assertThat(WaitingLine.nextInLine(List.of(third, first, second), 2)).containsExactly(first, second);
	}

	@Test
	void noFreeSeatOffersNothing() {
		List<Registration> waiting = List.of(arrived(NOW), arrived(NOW.plusSeconds(1)));
		assertThat(WaitingLine.nextInLine(waiting, 0)).isEmpty();
		assertThat(WaitingLine.nextInLine(waiting, -1)).isEmpty();
	}

	@Test
	void onlyThoseStillWaitingAreOffered() {
		Registration offeredAlready = arrived(NOW);
		offeredAlready.offer(NOW.plusSeconds(3600));
		Registration next = arrived(NOW.plusSeconds(1));

		assertThat(WaitingLine.nextInLine(List.of(offeredAlready, next), 1)).containsExactly(next);
	}

	@Test
	void onTheSameInstantTheSmallerIdComesFirstAsPostgresqlOrdersThem() {
		// Java's UUID.compareTo would put the first one first (its high bits are
		// negative)
		Registration high = arrived(NOW, "80000000-0000-4000-8000-000000000000");
		Registration low = arrived(NOW, "7fffffff-0000-4000-8000-000000000000");

		assertThat(WaitingLine.nextInLine(List.of(high, low), 2)).containsExactly(low, high);
	}

	@Test
	void anOfferLastsItsTimeButNeverPastTheStartOfTheEvent() {
		Duration day = Duration.ofHours(24);
		assertThat(WaitingLine.offerExpiry(NOW, day, NOW.plus(Duration.ofDays(3)))).isEqualTo(NOW.plus(day));
		assertThat(WaitingLine.offerExpiry(NOW, day, NOW.plus(Duration.ofHours(5))))
			.isEqualTo(NOW.plus(Duration.ofHours(5)));
	}

	private static Registration arrived(Instant at) {
		return RegistrationTests.waiting(at);
	}

	private static Registration arrived(Instant at, String id) {
		Registration registration = RegistrationTests.waiting(at);
		try {
			Field field = Registration.class.getDeclaredField("id");
			field.setAccessible(true);
			field.set(registration, UUID.fromString(id));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
		return registration;
	}

}
