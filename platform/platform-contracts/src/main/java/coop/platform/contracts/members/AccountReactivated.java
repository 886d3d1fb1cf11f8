package coop.platform.contracts.members;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * Staff reactivated an account.
 */
@EventType("members.account.reactivated")
public record AccountReactivated(String subject) implements IntegrationEvent {
}
