package coop.platform.test;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A PostgreSQL database reachable over JDBC.
 */
public record PostgresServer(String jdbcUrl, String username, String password) {

	PostgresServer forDatabase(String database) {
		int slash = this.jdbcUrl.lastIndexOf('/');
		int query = this.jdbcUrl.indexOf('?', slash);
		String suffix = (query < 0) ? "" : this.jdbcUrl.substring(query);
		return new PostgresServer(this.jdbcUrl.substring(0, slash + 1) + database + suffix, this.username,
				this.password);
	}

	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", this::jdbcUrl);
		registry.add("spring.datasource.username", this::username);
		registry.add("spring.datasource.password", this::password);
	}

}
