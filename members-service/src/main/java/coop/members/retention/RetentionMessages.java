package coop.members.retention;

import coop.platform.contracts.privacy.RetentionApplied;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every service's report of a retention run, kept for staff ({@link RetentionReports}).
 */
@Configuration(proxyBeanMethods = false)
class RetentionMessages {

	@Bean
	EventConsumer retentionReportsConsumer(RetentionReports reports) {
		return EventConsumer.queue("members-service.retention")
			.on(RetentionApplied.class, (applied, received) -> reports.record(applied));
	}

}
