package coop.events.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import coop.events.registration.Registration.CancelReason;
import coop.events.registration.Registration.OfferAnswer;
import coop.events.registration.Registration.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The life of a registration, without Spring or a database. */
class RegistrationTests {

	static final Instant NOW = Instant.parse("2027-01-05T10:00:00Z");

	static Registration waiting(Instant arrivedAt) {
		return new Registration(UUID.randomUUID(), Registration.Kind.PUBLIC, Status.WAITLISTED, "Léa", "Perrin",
				"Lea.Perrin@example.org ", null, "Annecy", null, arrivedAt);
	}

	@Test
	void aNewRegistrationTakesAFreeSeat() {
		Registration registration = waiting(NOW);
		registration.take(true);
		assertThat(registration.status()).isEqualTo(Status.CONFIRMED);
		assertThat(registration.holdsSeat()).isTrue();
	}

	@Test
	void aNewRegistrationWaitsWhenTheEventIsFull() {
		Registration registration = waiting(NOW);
		registration.take(false);
		assertThat(registration.status()).isEqualTo(Status.WAITLISTED);
		assertThat(registration.holdsSeat()).isFalse();
		assertThat(registration.isLive()).isTrue();
	}

	@Test
	void anOfferedSeatIsHeldForThePersonUntilTheDeadline() {
		Registration registration = waiting(NOW);
		registration.offer(NOW.plus(Duration.ofHours(24)));
		assertThat(registration.status()).isEqualTo(Status.OFFERED);
		assertThat(registration.holdsSeat()).isTrue();
		assertThat(registration.offerExpired(NOW.plus(Duration.ofHours(23)))).isFalse();
		assertThat(registration.offerExpired(NOW.plus(Duration.ofHours(24)))).isTrue();
	}

	@Test
	void onlySomeoneWaitingIsOfferedASeat() {
		Registration confirmed = waiting(NOW);
		confirmed.take(true);
		assertThatIllegalStateException().isThrownBy(() -> confirmed.offer(NOW.plusSeconds(60)));
		assertThatIllegalStateException().isThrownBy(() -> confirmed.take(true));
	}

	@Test
	void acceptingInTimeConfirmsTheSeatOnce() {
		Registration registration = offered(NOW.plus(Duration.ofHours(24)));
		assertThat(registration.accept(NOW.plus(Duration.ofHours(1)))).isEqualTo(OfferAnswer.ACCEPTED);
		assertThat(registration.status()).isEqualTo(Status.CONFIRMED);
		assertThat(registration.offerExpiresAt()).isNull();
		assertThat(registration.accept(NOW.plus(Duration.ofHours(2)))).isEqualTo(OfferAnswer.ALREADY_CONFIRMED);
	}

	@Test
	void acceptingAfterTheDeadlineIsTooLateEvenBeforeTheOfferIsPassedOn() {
		Registration registration = offered(NOW.plus(Duration.ofHours(24)));
		assertThat(registration.accept(NOW.plus(Duration.ofHours(25)))).isEqualTo(OfferAnswer.EXPIRED);
		assertThat(registration.status()).isEqualTo(Status.OFFERED);
	}

	@Test
	void acceptingAnOfferPassedOnIsTooLate() {
		Registration registration = offered(NOW.plus(Duration.ofHours(24)));
		assertThat(registration.expireOffer(NOW.plus(Duration.ofHours(24)))).isTrue();
		assertThat(registration.status()).isEqualTo(Status.CANCELLED);
		assertThat(registration.cancelReason()).isEqualTo(CancelReason.OFFER_EXPIRED);
		assertThat(registration.accept(NOW.plus(Duration.ofHours(26)))).isEqualTo(OfferAnswer.EXPIRED);
	}

	@Test
	void acceptingWithoutAnOfferIsRefused() {
		assertThat(waiting(NOW).accept(NOW)).isEqualTo(OfferAnswer.NO_OFFER);
		Registration declined = offered(NOW.plus(Duration.ofHours(24)));
		declined.cancel(CancelReason.OFFER_DECLINED, NOW);
		assertThat(declined.accept(NOW)).isEqualTo(OfferAnswer.NO_OFFER);
	}

	@Test
	void anOfferInTimeIsNotPassedOn() {
		Registration registration = offered(NOW.plus(Duration.ofHours(24)));
		assertThat(registration.expireOffer(NOW.plus(Duration.ofHours(23)))).isFalse();
		assertThat(registration.status()).isEqualTo(Status.OFFERED);
	}

	@Test
	void cancellingASeatOrAnOfferFreesItButCancellingAPlaceInTheQueueDoesNot() {
		Registration confirmed = waiting(NOW);
		confirmed.take(true);
		assertThat(confirmed.cancel(CancelReason.BY_ATTENDEE, NOW)).isTrue();
		assertThat(offered(NOW.plusSeconds(3600)).cancel(CancelReason.OFFER_DECLINED, NOW)).isTrue();
		assertThat(waiting(NOW).cancel(CancelReason.BY_ATTENDEE, NOW)).isFalse();
	}

	@Test
	void aCancellationKeepsWhyAndWhenAndEndsTheOffer() {
		Registration registration = offered(NOW.plus(Duration.ofHours(24)));
		registration.cancel(CancelReason.OFFER_DECLINED, NOW);
		assertThat(registration.status()).isEqualTo(Status.CANCELLED);
		assertThat(registration.cancelReason()).isEqualTo(CancelReason.OFFER_DECLINED);
		assertThat(registration.offerExpiresAt()).isNull();
		assertThat(registration.isLive()).isFalse();
		assertThat(registration.holdsSeat()).isFalse();
	}

	@Test
	void cancellingTwiceChangesNothing() {
		Registration registration = waiting(NOW);
		registration.take(true);
		registration.cancel(CancelReason.BY_ATTENDEE, NOW);
		assertThat(registration.cancel(CancelReason.EVENT_CANCELLED, NOW.plusSeconds(60))).isFalse();
		assertThat(registration.cancelReason()).isEqualTo(CancelReason.BY_ATTENDEE);
	}

	@Test
	void theAddressIsComparedWithoutCaseOrSpaces() {
		assertThat(Registration.emailKey(" Lea.Perrin@Example.ORG ")).isEqualTo("lea.perrin@example.org");
	}

	private static Registration offered(Instant expiresAt) {
		Registration registration = waiting(NOW);
		registration.offer(expiresAt);
		return registration;
	}

}
