package coop.platform.messaging.retention;

import java.time.Clock;
import java.util.List;

import coop.platform.messaging.Outbox;
import coop.platform.messaging.cooperative.CooperativeCopy;
import coop.platform.messaging.cooperative.CooperativeCopyAutoConfiguration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention job of a service on PostgreSQL that declares {@link RetentionRule} beans.
 */
@AutoConfiguration(after = CooperativeCopyAutoConfiguration.class)
@ConditionalOnBean({ RetentionRule.class, CooperativeCopy.class, Outbox.class, JdbcTemplate.class,
		PlatformTransactionManager.class })
@EnableScheduling
public class RetentionAutoConfiguration {

	@Bean
	RetentionJob retentionJob(List<RetentionRule> rules, CooperativeCopy copy, Outbox outbox, JdbcTemplate jdbc,
			PlatformTransactionManager transactions, Clock clock,
			@Value("${spring.application.name:application}") String service) {
		return new RetentionJob(rules, copy, outbox, jdbc, new TransactionTemplate(transactions), clock, service);
	}

}
