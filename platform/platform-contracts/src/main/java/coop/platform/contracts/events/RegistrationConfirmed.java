package coop.platform.contracts.events;

import java.util.UUID;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * A person holds a seat at an event.
 *
 * @param cancelUrl signed link that cancels the registration without logging in
 * @param prescriberOrganisation code of the organisation of the prescriber who registered
 * the person, or {@code null} when the person registered themselves (the funders' intake
 * funnel counts referrals by organisation)
 */
@EventType("events.registration.confirmed")
public record RegistrationConfirmed(UUID registrationId, AgendaEventSnapshot event, Attendee attendee, String cancelUrl,
		String prescriberOrganisation) implements IntegrationEvent {

	/** A person who registered themselves. */
	public RegistrationConfirmed(UUID registrationId, AgendaEventSnapshot event, Attendee attendee, String cancelUrl) {
		this(registrationId, event, attendee, cancelUrl, null);
	}

}
