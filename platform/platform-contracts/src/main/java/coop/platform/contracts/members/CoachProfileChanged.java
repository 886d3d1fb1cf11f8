package coop.platform.contracts.members;

import java.time.Instant;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * A coach changed their public profile (speciality, presentation, photo) or gave or
 * withdrew their consent to appear on the public site, or the coach was erased (GDPR):
 * the page « Qui sont les accompagnateurs » changes. The gateway's page cache refreshes
 * it.
 *
 * @param subject the coach's Keycloak subject
 * @param listed whether the profile itself may now appear on the public site (consent
 * given and a speciality written); a deactivated account never appears
 * @param changedAt when it changed
 */
@EventType("members.coach-profile.changed")
public record CoachProfileChanged(String subject, boolean listed, Instant changedAt) implements IntegrationEvent {
}
