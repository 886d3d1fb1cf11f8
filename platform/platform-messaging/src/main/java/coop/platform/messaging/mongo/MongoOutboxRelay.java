package coop.platform.messaging.mongo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.BrokerPublisher.PublishFailedException;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.messaging.MessagingProperties;
import coop.platform.messaging.RelayLoop;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the messages held in the {@code outbox} field of {@link HasOutbox} documents,
 * then pulls each one out once the broker confirmed it. Two replicas may both publish an
 * entry before either pulls it: consumers deduplicate on the event id, so that costs a
 * redelivery, never a double action. A service's save from a copy read before the pull
 * puts an entry back: the relay remembers the entries it published lately and only pulls
 * those again.
 */
class MongoOutboxRelay extends RelayLoop {

	private static final int RECENTLY_RELAYED = 10_000;

	private final MongoTemplate mongo;

	private final BrokerPublisher publisher;

	private final MessagingProperties properties;

	private final Set<String> relayed = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>() {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > RECENTLY_RELAYED;
		}

	}));

	MongoOutboxRelay(MongoTemplate mongo, BrokerPublisher publisher, MessagingProperties properties) {
		super(properties.relayInterval());
		this.mongo = mongo;
		this.publisher = publisher;
		this.properties = properties;
	}

	Set<String> collections() {
		Set<String> names = new TreeSet<>();
		for (MongoPersistentEntity<?> entity : this.mongo.getConverter().getMappingContext().getPersistentEntities()) {
			if (HasOutbox.class.isAssignableFrom(entity.getType())
					&& entity.isAnnotationPresent(org.springframework.data.mongodb.core.mapping.Document.class)) {
				names.add(entity.getCollection());
			}
		}
		return names;
	}

	@Override
	protected boolean relayRound() {
		boolean more = false;
		for (String collection : collections()) {
			Query pending = Query.query(Criteria.where(HasOutbox.FIELD + ".0").exists(true))
				.limit(this.properties.relayBatchSize());
			pending.fields().include(HasOutbox.FIELD);
			List<Document> documents = this.mongo.find(pending, Document.class, collection);
			for (Document document : documents) {
				if (!relay(collection, document)) {
					return false;
				}
			}
			more |= documents.size() == this.properties.relayBatchSize();
		}
		return more;
	}

	private boolean relay(String collection, Document document) {
		for (Document entry : document.getList(HasOutbox.FIELD, Document.class)) {
			String eventId = entry.getString("eventId");
			if (!this.relayed.contains(eventId)) {
				try {
					this.publisher.publish(MessageEnvelope.fromJson(entry.getString("envelope")));
				}
				catch (PublishFailedException ex) {
					return false;
				}
				this.relayed.add(eventId);
			}
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))),
					new Update().pull(HasOutbox.FIELD, new Document("eventId", eventId)), collection);
		}
		return true;
	}

	long pendingCount() {
		long count = 0;
		for (String collection : collections()) {
			count += this.mongo.count(Query.query(Criteria.where(HasOutbox.FIELD + ".0").exists(true)), collection);
		}
		return count;
	}

}
