package coop.platform.contracts.events;

import java.util.UUID;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * The coach marked whether a person attended.
 *
 * @param attendance PRESENT, ABSENT or EXCUSED
 * @param nextSession after an absence, the next session of the same theme the person may
 * register to, else {@code null}
 */
@EventType("events.attendance.recorded")
public record AttendanceRecorded(UUID registrationId, AgendaEventSnapshot event, Attendee attendee, String attendance,
		AgendaEventSnapshot nextSession) implements IntegrationEvent {
}
