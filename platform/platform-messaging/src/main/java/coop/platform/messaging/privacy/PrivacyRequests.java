package coop.platform.messaging.privacy;

import java.time.Clock;

import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.contracts.privacy.PrivacyAnswered;
import coop.platform.messaging.EventConsumer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The consumer of GDPR requests: each one acted on once (the inbox, and on MongoDB the
 * answer written once) and answered with the service's part, or with what its erasure
 * did. An erasure is published only once its grace period has ended, so it is acted on at
 * once.
 */
final class PrivacyRequests {

	private static final Log logger = LogFactory.getLog(PrivacyRequests.class);

	private PrivacyRequests() {
	}

	static EventConsumer consumer(String queue, PersonalData data, PrivacyAnswers answers, Clock clock,
			String service) {
		return EventConsumer.queue(queue)
			.on(PrivacyRequested.class, (request, received) -> handle(request, data, answers, clock, service));
	}

	static void handle(PrivacyRequested request, PersonalData data, PrivacyAnswers answers, Clock clock,
			String service) {
		if (request.kind() == null || request.person() == null || request.person().email() == null) {
			logger.warn("Privacy request " + request.requestId() + " ignored: a kind or a person this service"
					+ " does not know");
			return;
		}
		if (answers.answered(request)) {
			return;
		}
		DataSubject person = DataSubject.of(request.person());
		if (request.kind() == PrivacyRequested.Kind.EXPORT) {
			PersonalData.Exported exported = data.export(person);
			answers.send(new PrivacyAnswered(request.requestId(), service, request.kind(), exported.part(),
					exported.summary(), 0, 0, clock.instant()));
		}
		else {
			PersonalData.Erased erased = data.erase(person);
			answers.send(new PrivacyAnswered(request.requestId(), service, request.kind(), null, erased.summary(),
					erased.deleted(), erased.anonymised(), clock.instant()));
		}
	}

}
