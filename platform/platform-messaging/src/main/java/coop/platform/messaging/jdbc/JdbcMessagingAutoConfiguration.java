package coop.platform.messaging.jdbc;

import java.time.Clock;

import javax.sql.DataSource;

import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.MessagingAutoConfiguration;
import coop.platform.messaging.Inbox;
import coop.platform.messaging.MessagingProperties;
import coop.platform.messaging.Outbox;
import coop.platform.messaging.OutboxHealthIndicator;
import org.flywaydb.core.Flyway;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outbox and inbox for services on PostgreSQL. The platform's tables get their own Flyway
 * history so that they never interfere with the service's own migrations.
 */
@AutoConfiguration(after = MessagingAutoConfiguration.class,
		afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
				"org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
				"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
				"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
				"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration" })
@ConditionalOnClass({ JdbcTemplate.class, Flyway.class })
@ConditionalOnBean({ DataSource.class, PlatformTransactionManager.class })
public class JdbcMessagingAutoConfiguration {

	@Bean
	PlatformSchema platformSchema(DataSource dataSource) {
		return new PlatformSchema(dataSource);
	}

	@Bean
	JdbcOutboxRelay jdbcOutboxRelay(PlatformSchema schema, JdbcTemplate jdbc, PlatformTransactionManager transactions,
			BrokerPublisher publisher, MessagingProperties properties, Clock clock) {
		return new JdbcOutboxRelay(jdbc, new TransactionTemplate(transactions), publisher, properties, clock);
	}

	@Bean
	Outbox outbox(JdbcTemplate jdbc, Clock clock, JdbcOutboxRelay relay) {
		return new JdbcOutbox(jdbc, clock, relay);
	}

	@Bean
	Inbox inbox(PlatformSchema schema, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		return new JdbcInbox(jdbc, new TransactionTemplate(transactions));
	}

	@Bean
	JdbcAccountStatusStore accountStatusStore(PlatformSchema schema, JdbcTemplate jdbc) {
		return new JdbcAccountStatusStore(jdbc);
	}

	@Bean
	JdbcCooperativeStore cooperativeStore(PlatformSchema schema, JdbcTemplate jdbc) {
		return new JdbcCooperativeStore(jdbc);
	}

	@Bean
	OutboxHealthIndicator outboxHealthIndicator(JdbcOutboxRelay relay) {
		return new OutboxHealthIndicator(relay::pendingCount);
	}

}
