package coop.platform.contracts.members;

import java.time.Instant;
import java.util.UUID;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * A person's erasure was asked: their account (if any) is deactivated now and their data
 * will be erased at {@code erasesAt}, unless staff undo it before. notification-service
 * tells the person by e-mail, with that date.
 */
@EventType("members.privacy.erasure-scheduled")
public record ErasureScheduled(UUID requestId, Member person, Instant erasesAt) implements IntegrationEvent {
}
