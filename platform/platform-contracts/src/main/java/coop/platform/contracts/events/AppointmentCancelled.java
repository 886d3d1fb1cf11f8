package coop.platform.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * An individual appointment was cancelled.
 *
 * @param cancelledBy ENTREPRENEUR or COACH
 */
@EventType("events.appointment.cancelled")
public record AppointmentCancelled(UUID appointmentId, Attendee coach, Attendee entrepreneur, OffsetDateTime startsAt,
		OffsetDateTime endsAt, String place, String cancelledBy) implements IntegrationEvent {
}
