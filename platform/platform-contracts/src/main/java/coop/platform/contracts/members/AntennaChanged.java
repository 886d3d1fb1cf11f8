package coop.platform.contracts.members;

import java.time.Instant;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * Staff created, changed, closed or reopened an antenna, or chose another head office:
 * the antenna's whole state (state transfer). The newest {@code changedAt} wins.
 *
 * @param code the antenna's stable code, also its Keycloak group under {@code antennes}
 * and the value of the {@code antennas} claim
 * @param name its name as people read it (usually the town)
 * @param address its premises
 * @param openingHours when it is open, free text ("du lundi au vendredi, 9 h – 17 h"), or
 * {@code null}
 * @param headOffice whether it is the head office (its staff manage every antenna)
 * @param status open or closed (a closed antenna is offered nowhere any more)
 */
@EventType("members.antenna.changed")
public record AntennaChanged(String code, String name, CooperativeChanged.PostalAddress address, String openingHours,
		boolean headOffice, Status status, Instant changedAt) implements IntegrationEvent {

	public enum Status {

		OPEN, CLOSED

	}

}
