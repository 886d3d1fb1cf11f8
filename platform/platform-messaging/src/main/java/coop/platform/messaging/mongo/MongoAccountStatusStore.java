package coop.platform.messaging.mongo;

import java.time.Instant;

import coop.platform.messaging.accounts.AccountStatusStore;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Account statuses in the service's MongoDB (collection {@code platform_account_status}).
 */
class MongoAccountStatusStore implements AccountStatusStore {

	static final String COLLECTION = "platform_account_status";

	private final MongoTemplate mongo;

	MongoAccountStatusStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void apply(String subject, boolean deactivated, Instant changedAt) {
		Query olderOrMissing = Query.query(Criteria.where("_id")
			.is(subject)
			.orOperator(Criteria.where("changedAt").lt(changedAt), Criteria.where("changedAt").exists(false)));
		try {
			this.mongo.upsert(olderOrMissing, Update.update("deactivated", deactivated).set("changedAt", changedAt),
					COLLECTION);
		}
		catch (DuplicateKeyException newerAlreadyStored) {
			// the stored status is newer than this message: keep it
		}
	}

	@Override
	public boolean isDeactivated(String subject) {
		Document status = this.mongo.findById(subject, Document.class, COLLECTION);
		return status != null && Boolean.TRUE.equals(status.getBoolean("deactivated"));
	}

}
