package coop.platform.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * A person a prescriber referred reached an outcome the prescriber follows: they attended
 * or missed their information meeting, cancelled their registration, or signed their CAPE
 * or CESA. Told once per referral and outcome.
 *
 * @param registrationId the prescriber's registration of the person (the referral)
 * @param outcome what happened
 * @param on the day it happened (Europe/Paris; for a signature, the agreement's first
 * day)
 * @param firstName the person's first name
 * @param lastName the person's last name
 * @param prescriber the prescriber who referred them, to be told ({@code email} may be
 * {@code null} when unknown)
 * @param meeting the information meeting the prescriber registered the person to
 * @param pathUrl the intranet page of the referral's path
 */
@EventType("events.referral.progressed")
public record ReferralProgressed(UUID registrationId, Outcome outcome, LocalDate on, String firstName, String lastName,
		Attendee prescriber, AgendaEventSnapshot meeting, String pathUrl) implements IntegrationEvent {

	/** The outcomes a prescriber is told of. */
	public enum Outcome {

		ATTENDED, MISSED, CANCELLED, CAPE_SIGNED, CESA_SIGNED

	}

}
