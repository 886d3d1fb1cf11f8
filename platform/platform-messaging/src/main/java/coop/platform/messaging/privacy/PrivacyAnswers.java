package coop.platform.messaging.privacy;

import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.contracts.privacy.PrivacyAnswered;

/**
 * Where a service's answers go, within the unit of work of the request's handling.
 */
interface PrivacyAnswers {

	/**
	 * Whether the request was already acted on and answered (a store whose inbox may run
	 * a handler again).
	 */
	boolean answered(PrivacyRequested request);

	void send(PrivacyAnswered answer);

}
