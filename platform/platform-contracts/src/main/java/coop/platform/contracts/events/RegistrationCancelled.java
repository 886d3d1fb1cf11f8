package coop.platform.contracts.events;

import java.util.UUID;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * A registration ended before the event.
 *
 * @param reason why it ended
 */
@EventType("events.registration.cancelled")
public record RegistrationCancelled(UUID registrationId, AgendaEventSnapshot event, Attendee attendee,
		Reason reason) implements IntegrationEvent {

	/** Why a registration ended. */
	public enum Reason {

		/** The person cancelled (intranet or the cancel link). */
		BY_ATTENDEE,
		/** The person declined the seat offered from the waiting list. */
		OFFER_DECLINED,
		/** The seat offered was not taken in time and went to the next person. */
		OFFER_EXPIRED,
		/** The team cancelled it. */
		BY_STAFF

	}

}
