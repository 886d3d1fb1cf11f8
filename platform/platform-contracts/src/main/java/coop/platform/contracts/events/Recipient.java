package coop.platform.contracts.events;

import java.util.UUID;

/**
 * Someone registered to an event, to be told of a change.
 */
public record Recipient(UUID registrationId, Attendee attendee, String cancelUrl) {
}
