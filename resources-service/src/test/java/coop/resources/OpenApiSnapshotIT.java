package coop.resources;

import coop.platform.test.ServesItsOpenApiSnapshot;
import coop.platform.test.TestServers;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The served OpenAPI document is the one the web UI is generated from.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
class OpenApiSnapshotIT implements ServesItsOpenApiSnapshot {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.mongo("resources_openapi_it").register(registry);
		TestServers.rabbit().register(registry);
		TestServers.solr().register(registry);
		TestServers.keycloak().register(registry);
	}

}
