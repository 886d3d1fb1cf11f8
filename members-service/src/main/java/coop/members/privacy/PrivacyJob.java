package coop.members.privacy;

import java.time.Clock;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Starts the erasures whose grace period ended, completes requests every service
 * answered, deletes expired archives. Safe on several instances: each erasure is claimed
 * by one versioned single-document write.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PrivacyJob {

	private final PrivacyService privacy;

	private final Clock clock;

	PrivacyJob(PrivacyService privacy, Clock clock) {
		this.privacy = privacy;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${coop.privacy.check-interval:30s}", initialDelayString = "10s")
	void run() {
		this.privacy.runDue(this.clock.instant());
	}

}
