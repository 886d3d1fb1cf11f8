package coop.platform.contracts.members;

import java.time.Instant;
import java.util.UUID;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * A person's data is asked for (GDPR access and portability) or is to be erased. Every
 * service that holds personal data consumes it and answers with one
 * {@link coop.platform.contracts.privacy.PrivacyAnswered} carrying the same
 * {@code requestId}: its part of the export, or what it deleted and anonymised.
 * <p>
 * An {@code ERASURE} is published only once its grace period has ended (staff may undo it
 * until then), so a consumer erases at once. A consumer matches the person by
 * {@code subject} and by e-mail address, compared without letter case: visitors and the
 * people prescribers refer have no subject. Handling the same request again must give the
 * same answer (an erasure already done deletes nothing more and answers zeros).
 *
 * @param requestId the request, echoed by every answer
 * @param person the person as members-service knows them: {@code subject} {@code null}
 * for a visitor without an account; names {@code null} when unknown (a visitor who asked
 * through an e-mail's link); {@code email} always set
 * @param requestedAt when the person or staff asked
 */
@EventType("members.privacy.requested")
public record PrivacyRequested(UUID requestId, Kind kind, Member person,
		Instant requestedAt) implements IntegrationEvent {

	public enum Kind {

		/** Give everything held about the person. */
		EXPORT,

		/** Delete the person's data, or anonymise what must stay for reports. */
		ERASURE

	}

}
