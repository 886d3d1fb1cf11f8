package coop.platform.messaging.privacy;

import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.contracts.privacy.PrivacyAnswered;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * MongoDB: the inbox claims, acts and marks done, so a request may be handled again after
 * a failure; the answer is a {@link PrivacyAnswerDocument}, written once with its
 * message, and a request already answered is not acted on again.
 */
class MongoPrivacyAnswers implements PrivacyAnswers {

	private final MongoTemplate mongo;

	MongoPrivacyAnswers(MongoTemplate mongo) {
		this.mongo = mongo;
		// known to the mapping context from the start, so that the outbox relay finds
		// answers left unpublished when the service stopped
		mongo.getConverter().getMappingContext().getPersistentEntity(PrivacyAnswerDocument.class);
	}

	@Override
	public boolean answered(PrivacyRequested request) {
		return this.mongo.exists(
				Query.query(Criteria.where("_id")
					.is(PrivacyAnswerDocument.idOf(request.requestId().toString(), request.kind().name()))),
				PrivacyAnswerDocument.class);
	}

	@Override
	public void send(PrivacyAnswered answer) {
		this.mongo.insert(new PrivacyAnswerDocument(answer));
	}

}
