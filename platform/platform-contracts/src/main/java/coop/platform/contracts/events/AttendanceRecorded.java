package coop.platform.contracts.events;

import java.util.UUID;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * The coach marked whether a person attended.
 *
 * @param attendance whether the person came
 * @param nextSession after an absence, the next session of the same theme the person may
 * register to, else {@code null}
 */
@EventType("events.attendance.recorded")
public record AttendanceRecorded(UUID registrationId, AgendaEventSnapshot event, Attendee attendee,
		Attendance attendance, AgendaEventSnapshot nextSession) implements IntegrationEvent {

	/** Whether a person attended. */
	public enum Attendance {

		PRESENT, ABSENT, EXCUSED

	}

}
