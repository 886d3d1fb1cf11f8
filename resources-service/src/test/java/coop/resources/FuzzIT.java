package coop.resources;

import coop.platform.test.ReceivesHostileBodies;
import coop.platform.test.TestServers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Random and hostile bodies on every POST and PUT of resources-service, as every kind of
 * caller: never a 5xx, every refusal as problem+json, nothing stored when refused (the
 * index's queue and copies, which other services' messages fill, left out).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
class FuzzIT implements ReceivesHostileBodies {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.mongo("resources_fuzz_it").register(registry);
		TestServers.rabbit().register(registry);
		TestServers.solr().register(registry);
		TestServers.keycloak().register(registry);
	}

	@Autowired
	MongoTemplate mongo;

	@Override
	public long storedThings() {
		return this.mongo.getCollectionNames()
			.stream()
			.filter((name) -> !name.contains("outbox") && !name.contains("inbox") && !name.contains("queue")
					&& !name.contains("copies") && !name.startsWith("system."))
			.mapToLong((name) -> this.mongo.getCollection(name).countDocuments())
			.sum();
	}

}
