package coop.events.privacy;

import java.sql.Timestamp;

import coop.platform.contracts.privacy.RetentionKind;
import coop.platform.messaging.retention.RetentionRule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What events-service deletes when its period ends (the platform's retention job runs it
 * daily, once across instances): registrations of visitors who never joined (no subject:
 * public and prescribed registrations, and no personal file under their address in
 * {@code referral_file}), their consent record and referral outcomes with them, counted
 * from the end of the event. Members' registrations stay (their attendance history, a
 * referral's path); the funders' figures are dashboard-service's own counts.
 */
@Configuration(proxyBeanMethods = false)
class Retention {

	@Bean
	RetentionRule visitorRegistrationsRetention(JdbcTemplate jdbc) {
		return RetentionRule.of(RetentionKind.VISITOR_REGISTRATIONS, (before) -> jdbc.update("""
				delete from registration r using agenda_event e
				where r.event_id = e.id and r.subject is null and e.ends_at < ?
				and not exists (select 1 from referral_file f where f.email_key = r.email_key)""",
				Timestamp.from(before)));
	}

}
