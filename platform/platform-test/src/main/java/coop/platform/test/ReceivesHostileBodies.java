package coop.platform.test;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Implemented by one integration test of each service with request bodies (a Spring Boot
 * test on a random port): {@link ApiFuzzer} sends random and hostile bodies to each of
 * its POST, PUT and PATCH, as every kind of caller with real Keycloak tokens.
 */
public interface ReceivesHostileBodies {

	/**
	 * How many things the service's store holds, without its outbox and inbox (what a
	 * refused request must not change).
	 */
	long storedThings();

	/**
	 * A real value for a path parameter, so that the body reaches the service's own
	 * rules; {@code null} for a made-up one.
	 */
	default String pathValue(String name, JsonNode schema) {
		return null;
	}

	@Test
	default void answersHostileBodiesWithProblemDetailsAndStoresNothing(@Value("${local.server.port}") int port) {
		KeycloakServer keycloak = TestServers.keycloak();
		ApiFuzzer fuzzer = new ApiFuzzer("http://localhost:" + port, keycloak::accessToken, this::storedThings,
				this::pathValue);
		assertThat(fuzzer.operations()).as("operations with a JSON body").isNotEmpty();
		ApiFuzzer.Result result = fuzzer.run(ApiFuzzer.seed(), ApiFuzzer.budget());
		System.out.println("ApiFuzzer: " + result.summary());
		assertThat(result.findings()).as(result.summary()).isEmpty();
	}

	/**
	 * Rows of the tables the service's API writes (not those its consumers fill from
	 * other services' messages, which may arrive at any time).
	 */
	static long rowsOf(DataSource dataSource, String... tables) {
		try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
			long rows = 0;
			for (String table : tables) {
				try (var count = statement.executeQuery("select count(*) from \"" + table + "\"")) {
					count.next();
					rows += count.getLong(1);
				}
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
