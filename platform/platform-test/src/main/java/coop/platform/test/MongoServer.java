package coop.platform.test;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A MongoDB (or MongoDB-wire-compatible) database.
 */
public record MongoServer(String uri) {

	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", this::uri);
	}

}
