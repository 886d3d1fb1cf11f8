package coop.members;

import java.util.UUID;

import coop.platform.test.ReceivesHostileBodies;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Random and hostile bodies on every POST and PUT of members-service (people, personal
 * files, organisations), as every kind of caller: never a 5xx, every refusal as
 * problem+json, nothing stored when refused. Path parameters are unknown people, so that
 * a body the rules accept changes no one's data.
 */
class FuzzIT extends WithRealServers implements ReceivesHostileBodies {

	@Autowired
	MongoTemplate mongo;

	@Override
	public long storedThings() {
		return this.mongo.getCollectionNames()
			.stream()
			.filter((name) -> !name.contains("outbox") && !name.contains("inbox") && !name.startsWith("system."))
			.mapToLong((name) -> this.mongo.getCollection(name).countDocuments())
			.sum();
	}

	@Override
	public String pathValue(String name, JsonNode schema) {
		return switch (name) {
			case "subject", "id" -> UUID.randomUUID().toString();
			default -> null;
		};
	}

}
