package coop.notification;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.Attendee;
import coop.platform.contracts.events.Recipient;
import coop.platform.contracts.events.RegistrationConfirmed;

/**
 * Test data: events, people, registrations.
 */
public final class Samples {

	public static final OffsetDateTime JANUARY_12_AT_9_30 = OffsetDateTime.of(2027, 1, 12, 9, 30, 0, 0,
			ZoneOffset.ofHours(1));

	private Samples() {
	}

	/** The information meeting of 12 January 2027, 9:30 to 11:30, at Seynod. */
	public static AgendaEventSnapshot meeting() {
		return meeting(UUID.randomUUID(), JANUARY_12_AT_9_30);
	}

	/** A two-hour meeting at Seynod starting at that time. */
	public static AgendaEventSnapshot meeting(UUID id, OffsetDateTime start) {
		return new AgendaEventSnapshot(id, AgendaEventSnapshot.Kind.INFO_MEETING,
				"Réunion d'information collective à Seynod", start, start.plusHours(2), "Europe/Paris",
				"COOP'EMPLOI Seynod", "1025 ancienne route d'Annecy, 74600 Seynod", null,
				"http://localhost:8080/agenda/" + id);
	}

	/** A meeting starting that long from now, to the minute. */
	public static AgendaEventSnapshot meetingIn(Duration fromNow) {
		return meeting(UUID.randomUUID(),
				OffsetDateTime.now(ZoneOffset.UTC).plus(fromNow).truncatedTo(ChronoUnit.MINUTES));
	}

	public static Attendee person(String firstName, String lastName, String address) {
		return new Attendee(firstName, lastName, address, null);
	}

	public static String cancelUrl(UUID registrationId) {
		return "http://localhost:8080/inscriptions/annuler?jeton=" + registrationId;
	}

	public static RegistrationConfirmed confirmed(AgendaEventSnapshot event, String address) {
		UUID registrationId = UUID.randomUUID();
		return new RegistrationConfirmed(registrationId, event, person("Léa", "Perrin", address),
				cancelUrl(registrationId));
	}

	public static Recipient recipient(RegistrationConfirmed registration) {
		return new Recipient(registration.registrationId(), registration.attendee(), registration.cancelUrl());
	}

}
