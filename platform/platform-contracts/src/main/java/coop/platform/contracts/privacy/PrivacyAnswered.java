package coop.platform.contracts.privacy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;
import coop.platform.contracts.members.PrivacyRequested;

/**
 * One service's answer to a {@link PrivacyRequested}: published by every service that
 * holds personal data (members-service included), consumed by members-service, which
 * builds the export's archive or records the erasure's confirmations. The routing key has
 * no owning service because every participant publishes the same record; which one
 * answered is the {@code service} field.
 * <p>
 * An answer never names the person (no e-mail address, no name): it waits in outboxes and
 * queues. Their data travels only in {@code part}, of an export.
 *
 * @param requestId the request answered
 * @param service the answering service's {@code spring.application.name}, e.g.
 * {@code events-service}
 * @param kind the request's kind
 * @param part for an {@code EXPORT}: everything the service holds about the person, as
 * plain JSON data (objects, arrays, strings, numbers, booleans) named in English, files
 * listed by name, size and date (never their content); an empty object when it holds
 * nothing; {@code null} for an {@code ERASURE}
 * @param summary a short French sentence for the archive's readable summary or the staff
 * screen, e.g. « 2 inscriptions, 1 rendez-vous » or « 3 inscriptions effacées, 2
 * présences anonymisées » (no personal data)
 * @param deleted for an {@code ERASURE}: records deleted (0 for an export)
 * @param anonymised for an {@code ERASURE}: records kept for reports with the person's
 * data removed (0 for an export)
 */
@EventType("privacy.request.answered")
public record PrivacyAnswered(UUID requestId, String service, PrivacyRequested.Kind kind, Map<String, Object> part,
		String summary, int deleted, int anonymised, Instant answeredAt) implements IntegrationEvent {
}
