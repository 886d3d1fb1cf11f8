package coop.events.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import coop.events.EventsIntegrationTest;
import coop.events.agenda.AgendaEvent;
import coop.platform.messaging.MessageEnvelope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waiting list on the real database and broker: a freed seat is offered to the first
 * person waiting, who may accept or decline; an offer not taken in time passes to the
 * next person.
 */
class WaitingListIT extends EventsIntegrationTest {

	@Autowired
	WaitingList waitingList;

	static String token(String url) {
		return url.substring(url.indexOf("jeton=") + "jeton=".length());
	}

	String cancelToken(String registrationId) {
		return messages(
				"events.registration." + (statusOf(registrationId).equals("CONFIRMED") ? "confirmed" : "waitlisted"), 1)
			.stream()
			.filter((m) -> m.payload().path("registrationId").asString().equals(registrationId))
			.map((m) -> token(m.payload().path("cancelUrl").asString()))
			.findFirst()
			.orElseThrow();
	}

	Map<String, Object> post(String action, String token) {
		return json(call(HttpMethod.POST, "/api/events/public/registrations/by-token/" + action, null,
				Map.of("token", token))
			.expectStatus()
			.isOk());
	}

	/**
	 * The people waiting behind the one who left, and the token of the offer made to the
	 * first.
	 */
	record SeatOffered(String second, String third, String offerToken) {
	}

	/** One seat, taken, two people waiting; the first registrant cancels. */
	SeatOffered seatOfferedToTheSecondOfThree() {
		AgendaEvent meeting = meeting(1);
		String first = registerPublicly(meeting.id(), email("premiere"));
		String firstToken = cancelToken(first);
		String second = registerPublicly(meeting.id(), email("deuxieme"));
		String third = registerPublicly(meeting.id(), email("troisieme"));
		post("cancel", firstToken);
		String offerToken = token(
				messages("events.registration.seat-offered", 1).get(0).payload().path("offerUrl").asString());
		return new SeatOffered(second, third, offerToken);
	}

	@Test
	void aFreedSeatIsOfferedToTheFirstPersonWaitingWhoAcceptsIt() {
		AgendaEvent meeting = meeting(1);
		String first = registerPublicly(meeting.id(), email("premiere"));
		String firstToken = cancelToken(first);
		String second = registerPublicly(meeting.id(), email("deuxieme"));
		String third = registerPublicly(meeting.id(), email("troisieme"));
		assertThat(statusOf(second)).isEqualTo("WAITLISTED");

		assertThat(post("cancel", firstToken)).containsEntry("status", "CANCELLED");

		List<MessageEnvelope> offers = messages("events.registration.seat-offered", 1);
		assertThat(offers).hasSize(1);
		MessageEnvelope offer = offers.get(0);
		assertThat(offer.payload().path("registrationId").asString()).isEqualTo(second);
		Instant expiresAt = java.time.OffsetDateTime.parse(offer.payload().path("expiresAt").asString()).toInstant();
		assertThat(Duration.between(Instant.now(), expiresAt)).isBetween(Duration.ofHours(23), Duration.ofHours(25));
		assertThat(statusOf(second)).isEqualTo("OFFERED");
		assertThat(statusOf(third)).isEqualTo("WAITLISTED");
		String offerToken = token(offer.payload().path("offerUrl").asString());
		call(HttpMethod.GET, "/api/events/public/registrations/by-token?token=" + offerToken, null, null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("OFFERED")
			.jsonPath("$.offerExpiresAt")
			.exists()
			.jsonPath("$.event.id")
			.isEqualTo(meeting.id().toString());

		assertThat(post("accept-offer", offerToken)).containsEntry("status", "CONFIRMED");
		assertThat(statusOf(second)).isEqualTo("CONFIRMED");
		assertThat(messages("events.registration.promoted", 1)).hasSize(1);
		// accepting twice is harmless
		assertThat(post("accept-offer", offerToken)).containsEntry("status", "CONFIRMED");
	}

	@Test
	void anOfferNotTakenInTimePassesToTheNextPerson() {
		SeatOffered offered = seatOfferedToTheSecondOfThree();
		String second = offered.second();
		String third = offered.third();
		String offerToken = offered.offerToken();

		int expired = this.waitingList.expireOffersAt(Instant.now().plus(Duration.ofHours(25)));

		assertThat(expired).isEqualTo(1);
		assertThat(statusOf(second)).isEqualTo("CANCELLED");
		assertThat(statusOf(third)).isEqualTo("OFFERED");
		List<MessageEnvelope> cancelled = messages("events.registration.cancelled", 2);
		assertThat(cancelled).extracting((m) -> m.payload().path("reason").asString()).contains("OFFER_EXPIRED");
		call(HttpMethod.POST, "/api/events/public/registrations/by-token/accept-offer", null,
				Map.of("token", offerToken))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/offer-expired");
	}

	@Test
	void aDeclinedOfferGoesToTheNextPersonAtOnce() {
		SeatOffered offered = seatOfferedToTheSecondOfThree();
		String second = offered.second();
		String third = offered.third();
		String offerToken = offered.offerToken();

		assertThat(post("decline-offer", offerToken)).containsEntry("status", "CANCELLED");

		assertThat(statusOf(second)).isEqualTo("CANCELLED");
		assertThat(statusOf(third)).isEqualTo("OFFERED");
	}

	@Test
	void aForgedTokenIsRefused() {
		call(HttpMethod.POST, "/api/events/public/registrations/by-token/cancel", null,
				Map.of("token", java.util.UUID.randomUUID() + ".signature-inventee"))
			.expectStatus()
			.isNotFound();
	}

}
