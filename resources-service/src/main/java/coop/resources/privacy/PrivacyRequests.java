package coop.resources.privacy;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.contracts.privacy.PrivacyAnswered;
import coop.platform.messaging.EventConsumer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The consumer of GDPR requests (queue {@code resources-service.privacy}). MongoDB's
 * inbox claims, acts and marks done, so the action must be idempotent: the answer is a
 * document of its own ({@link PrivacyAnswer}, {@code _id} the request), written once with
 * its message; a request already answered is not acted on again.
 */
@Configuration(proxyBeanMethods = false)
class PrivacyRequests {

	static final String QUEUE = "resources-service.privacy";

	private static final Log logger = LogFactory.getLog(PrivacyRequests.class);

	@Bean
	EventConsumer privacyConsumer(ResourcesPersonalData personalData, MongoTemplate mongo, Clock clock,
			@Value("${spring.application.name}") String service) {
		return EventConsumer.queue(QUEUE).on(PrivacyRequested.class, (request, received) -> {
			if (request.kind() == null || request.person() == null || request.person().email() == null) {
				logger.warn("Privacy request " + request.requestId() + " ignored: a kind or a person this service"
						+ " does not know");
				return;
			}
			if (mongo.exists(
					org.springframework.data.mongodb.core.query.Query
						.query(org.springframework.data.mongodb.core.query.Criteria.where("_id")
							.is(PrivacyAnswer.idOf(request.requestId().toString(), request.kind().name()))),
					PrivacyAnswer.class)) {
				return;
			}
			ResourcesPersonalData.DataSubject person = new ResourcesPersonalData.DataSubject(request.person().subject(),
					request.person().email(), request.person().firstName(), request.person().lastName());
			PrivacyAnswered answer;
			if (request.kind() == PrivacyRequested.Kind.EXPORT) {
				Map<String, Object> part = personalData.export(person);
				answer = new PrivacyAnswered(request.requestId(), service, request.kind(), part, summary(part), 0, 0,
						clock.instant());
			}
			else {
				ResourcesPersonalData.Erased erased = personalData.erase(person);
				answer = new PrivacyAnswered(request.requestId(), service, request.kind(), null,
						erased.deleted() + " élément(s) effacé(s) (ressources et fichiers, favoris, progression), "
								+ erased.anonymised() + " anonymisé(s) (ressources publiées, questions et réponses)",
						erased.deleted(), erased.anonymised(), clock.instant());
			}
			mongo.insert(new PrivacyAnswer(answer));
		});
	}

	@SuppressWarnings("unchecked")
	static String summary(Map<String, Object> part) {
		Map<String, Object> qa = (part.get("questionsAndAnswers") instanceof Map<?, ?> map) ? (Map<String, Object>) map
				: Map.of();
		return count(part, "resources") + " ressource(s), " + count(qa, "questions") + " question(s), "
				+ count(qa, "answers") + " réponse(s), " + count(part, "trainingProgress")
				+ " module(s) de formation suivi(s)";
	}

	private static int count(Map<String, Object> part, String key) {
		return (part.get(key) instanceof List<?> list) ? list.size() : 0;
	}

}
