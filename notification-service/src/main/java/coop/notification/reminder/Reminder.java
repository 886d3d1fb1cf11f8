package coop.notification.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import coop.notification.mail.Places;
import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.Attendee;

/**
 * What a reminder says, as stored when the seat is given: the messages it answers carry
 * everything, so sending it needs no call to events-service.
 *
 * @param aboutId the registration or the appointment
 * @param place one line (address or online link), may be {@code null}
 * @param cancelUrl signed link that cancels the registration, may be {@code null}
 */
public record Reminder(UUID aboutId, String recipient, String firstName, String title, OffsetDateTime startsAt,
		OffsetDateTime endsAt, String place, String pageUrl, String cancelUrl) {

	static final Duration BEFORE = Duration.ofHours(24);

	public static Reminder ofRegistration(UUID registrationId, AgendaEventSnapshot event, Attendee attendee,
			String cancelUrl) {
		return new Reminder(registrationId, attendee.email(), attendee.firstName(), event.title(), event.startsAt(),
				event.endsAt(), Places.line(event), event.pageUrl(), cancelUrl);
	}

	Instant sendAt() {
		return this.startsAt.toInstant().minus(BEFORE);
	}

}
