package coop.members.retention;

import java.time.Clock;
import java.time.Duration;

import coop.platform.contracts.privacy.RetentionApplied;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every service's report of a retention run is kept for staff (two years of them: the
 * report itself holds no personal data, only counts).
 */
@Configuration(proxyBeanMethods = false)
class RetentionMessages {

	static final Duration REPORTS_KEPT = Duration.ofDays(730);

	@Bean
	EventConsumer retentionReports(RetentionRuns runs, Clock clock) {
		return EventConsumer.queue("members-service.retention").on(RetentionApplied.class, (applied, received) -> {
			runs.save(RetentionRun.of(applied));
			runs.deleteByRanAtBefore(clock.instant().minus(REPORTS_KEPT));
		});
	}

}
