package coop.platform.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * An entrepreneur booked an individual appointment in a coach's slot.
 *
 * @param place where, as one line (an address or an online link)
 */
@EventType("events.appointment.booked")
public record AppointmentBooked(UUID appointmentId, Attendee coach, Attendee entrepreneur, OffsetDateTime startsAt,
		OffsetDateTime endsAt, String place, String topic) implements IntegrationEvent {
}
