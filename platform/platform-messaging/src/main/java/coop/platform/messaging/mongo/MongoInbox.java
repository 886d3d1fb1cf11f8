package coop.platform.messaging.mongo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import coop.platform.messaging.Inbox;
import coop.platform.messaging.MessageEnvelope;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Inbox in MongoDB, where multi-document transactions are not available: a consumer first
 * claims the event with a unique marker, acts, then marks it done. A failed action
 * releases the claim so a redelivery retries it; a claim left by a crashed process is
 * taken over after {@link #STALE_CLAIM}. Actions of MongoDB consumers should still be
 * idempotent (upserts), since a crash between acting and marking done means acting again.
 */
class MongoInbox implements Inbox {

	static final String COLLECTION = "platform_inbox";

	static final Duration STALE_CLAIM = Duration.ofMinutes(5);

	private final MongoTemplate mongo;

	private final Clock clock;

	MongoInbox(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public boolean handleOnce(String consumer, MessageEnvelope envelope, Runnable action) {
		String id = consumer + ":" + envelope.eventId();
		if (!claim(id)) {
			return false;
		}
		try {
			action.run();
		}
		catch (RuntimeException ex) {
			this.mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
			throw ex;
		}
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				Update.update("status", "done").set("processedAt", this.clock.instant()), COLLECTION);
		return true;
	}

	private boolean claim(String id) {
		Instant now = this.clock.instant();
		try {
			this.mongo.insert(new Document("_id", id).append("status", "claimed").append("processedAt", now),
					COLLECTION);
			return true;
		}
		catch (DuplicateKeyException ex) {
			Query stale = Query.query(Criteria.where("_id")
				.is(id)
				.and("status")
				.is("claimed")
				.and("processedAt")
				.lt(now.minus(STALE_CLAIM)));
			return this.mongo.updateFirst(stale, Update.update("processedAt", now), COLLECTION).getModifiedCount() == 1;
		}
	}

}
