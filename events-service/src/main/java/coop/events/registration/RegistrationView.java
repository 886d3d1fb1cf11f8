package coop.events.registration;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import coop.events.agenda.EventResponse;
import org.jspecify.annotations.Nullable;

/**
 * A registration as its owner, the prescriber who made it, a coach or staff see it.
 *
 * @param position place on the waiting list (1 = next), only while waiting
 * @param offerExpiresAt deadline to accept a seat offered, only while offered
 */
public record RegistrationView(UUID id, UUID eventId, EventResponse event, Registration.Status status,
		@Nullable Long position, @Nullable OffsetDateTime offerExpiresAt, Registration.@Nullable Attendance attendance,
		String firstName, String lastName, String email, Instant createdAt) {
}
