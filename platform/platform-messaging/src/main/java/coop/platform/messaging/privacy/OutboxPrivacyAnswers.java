package coop.platform.messaging.privacy;

import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.contracts.privacy.PrivacyAnswered;
import coop.platform.messaging.Outbox;

/**
 * PostgreSQL: the answer goes into the outbox in the inbox's transaction, so the inbox
 * marker, the erasure and the answer commit together, and a request is acted on once.
 */
class OutboxPrivacyAnswers implements PrivacyAnswers {

	private final Outbox outbox;

	OutboxPrivacyAnswers(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public boolean answered(PrivacyRequested request) {
		return false;
	}

	@Override
	public void send(PrivacyAnswered answer) {
		this.outbox.append(answer);
	}

}
