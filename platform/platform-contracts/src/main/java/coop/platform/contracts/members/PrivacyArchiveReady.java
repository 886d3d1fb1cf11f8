package coop.platform.contracts.members;

import java.time.Instant;
import java.util.UUID;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * Every service answered a person's export: their archive can be downloaded through
 * {@code downloadUrl} until {@code expiresAt}. notification-service e-mails the link to
 * the person.
 *
 * @param downloadUrl the secret link to the archive (whoever holds it downloads it)
 */
@EventType("members.privacy.archive-ready")
public record PrivacyArchiveReady(UUID requestId, Member person, String downloadUrl,
		Instant expiresAt) implements IntegrationEvent {
}
