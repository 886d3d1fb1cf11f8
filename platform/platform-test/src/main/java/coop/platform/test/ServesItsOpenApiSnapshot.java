package coop.platform.test;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

/**
 * Implemented by one integration test of each service (a Spring Boot test on a random
 * port): the service, booted on the real servers, serves exactly the OpenAPI document
 * snapshotted in {@code web-ui/openapi/<spring.application.name>.json}, so that a changed
 * request or response record cannot reach main without the web UI's generated types.
 */
public interface ServesItsOpenApiSnapshot {

	@Test
	default void servesTheOpenApiDocumentTheWebUiIsGeneratedFrom(@Value("${local.server.port}") int port,
			@Value("${spring.application.name}") String application) {
		OpenApiSnapshot.check(application, "http://localhost:" + port);
	}

}
