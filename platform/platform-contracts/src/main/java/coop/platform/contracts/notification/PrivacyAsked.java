package coop.platform.contracts.notification;

import java.time.Instant;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;
import coop.platform.contracts.members.PrivacyRequested;

/**
 * A person asked for their data, or for its erasure, through the signed link of an e-mail
 * they received (the e-mail preferences page): notification-service checked the link,
 * which proves the address, and members-service, which runs every GDPR request, takes the
 * request on.
 *
 * @param email the address the link was made for, in lower case
 */
@EventType("notification.privacy.asked")
public record PrivacyAsked(String email, PrivacyRequested.Kind kind, Instant askedAt) implements IntegrationEvent {
}
