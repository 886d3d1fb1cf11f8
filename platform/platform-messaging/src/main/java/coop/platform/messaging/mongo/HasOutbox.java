package coop.platform.messaging.mongo;

import java.util.List;

/**
 * A MongoDB document that carries its own pending messages in a field named
 * {@code outbox}. The relay finds the collections of such documents in the mapping
 * context and empties their outboxes as the broker confirms.
 */
public interface HasOutbox {

	String FIELD = "outbox";

	List<OutboxEntry> outbox();

}
