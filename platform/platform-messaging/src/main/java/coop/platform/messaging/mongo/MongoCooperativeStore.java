package coop.platform.messaging.mongo;

import java.time.Instant;
import java.util.Optional;

import coop.platform.contracts.ContractJson;
import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.messaging.cooperative.CooperativeStore;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The cooperative's settings in the service's MongoDB (collection
 * {@code platform_cooperative}, one document): the message's JSON as it came.
 */
class MongoCooperativeStore implements CooperativeStore {

	static final String COLLECTION = "platform_cooperative";

	private static final String ID = "cooperative";

	private final MongoTemplate mongo;

	MongoCooperativeStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Optional<CooperativeChanged> find() {
		Document stored = this.mongo.findById(ID, Document.class, COLLECTION);
		return Optional.ofNullable(stored)
			.map((d) -> d.getString("settings"))
			.map((json) -> ContractJson.mapper().readValue(json, CooperativeChanged.class));
	}

	@Override
	public void keep(CooperativeChanged settings) {
		Instant changedAt = (settings.changedAt() != null) ? settings.changedAt() : Instant.EPOCH;
		Query olderOrMissing = Query.query(Criteria.where("_id")
			.is(ID)
			.orOperator(Criteria.where("changedAt").lte(changedAt), Criteria.where("changedAt").exists(false)));
		try {
			this.mongo.upsert(olderOrMissing,
					Update.update("settings", ContractJson.mapper().writeValueAsString(settings))
						.set("changedAt", changedAt),
					COLLECTION);
		}
		catch (DuplicateKeyException newerAlreadyStored) {
			// the stored settings are newer than this message: keep them
		}
	}

}
