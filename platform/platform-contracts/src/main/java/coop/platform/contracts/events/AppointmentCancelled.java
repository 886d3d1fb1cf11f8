package coop.platform.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * An individual appointment was cancelled.
 *
 * @param cancelledBy who cancelled it
 */
@EventType("events.appointment.cancelled")
public record AppointmentCancelled(UUID appointmentId, Attendee coach, Attendee entrepreneur, OffsetDateTime startsAt,
		OffsetDateTime endsAt, String place, CancelledBy cancelledBy) implements IntegrationEvent {

	/** Who of the two people cancelled an appointment. */
	public enum CancelledBy {

		ENTREPRENEUR, COACH

	}

}
