package coop.platform.contracts.members;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * Staff deactivated an account: every service refuses that subject's requests from now
 * on, even with a token that has not expired yet.
 */
@EventType("members.account.deactivated")
public record AccountDeactivated(String subject) implements IntegrationEvent {
}
