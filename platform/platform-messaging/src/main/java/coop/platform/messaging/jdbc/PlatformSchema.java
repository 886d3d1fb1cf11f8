package coop.platform.messaging.jdbc;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates the platform's own tables (outbox, inbox) with a separate Flyway history
 * table.
 */
class PlatformSchema implements InitializingBean {

	private final DataSource dataSource;

	PlatformSchema(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() {
		Flyway.configure()
			.dataSource(this.dataSource)
			.table("platform_schema_history")
			.locations("classpath:db/platform")
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
	}

}
