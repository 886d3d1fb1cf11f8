package coop.events.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import coop.events.EventsIntegrationTest;
import coop.events.agenda.AgendaEvent;
import coop.events.agenda.Audience;
import coop.events.agenda.EventKind;
import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.contracts.privacy.RetentionApplied;
import coop.platform.contracts.privacy.RetentionKind;
import coop.platform.messaging.retention.RetentionJob;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention in events-service: a visitor's registration to a meeting that ended longer
 * ago than the period goes; one to a recent meeting, a member's, and one of a visitor who
 * joined since, stay; the report counts it and leaves through the outbox.
 */
class RetentionIT extends EventsIntegrationTest {

	@Autowired
	RetentionJob retention;

	@Test
	void visitorRegistrationsOlderThanThePeriodGoAndRecentOnesStay() {
		AgendaEvent old = event(EventKind.INFO_MEETING, Audience.PUBLIC, 10, Duration.ofDays(5));
		AgendaEvent recent = event(EventKind.INFO_MEETING, Audience.PUBLIC, 10, Duration.ofDays(5));
		this.jdbc.update("update agenda_event set starts_at = now() - interval '400 days',"
				+ " ends_at = now() - interval '400 days' + interval '2 hours' where id = ?", old.id());
		this.jdbc.update("update agenda_event set starts_at = now() - interval '30 days',"
				+ " ends_at = now() - interval '30 days' + interval '2 hours' where id = ?", recent.id());
		UUID oldVisitor = registration(old, null);
		UUID oldMember = registration(old, "b465c806-618a-4771-b0d4-d76aa7ceecf5");
		UUID recentVisitor = registration(recent, null);
		// registered as a visitor, then joined: their personal file is known by their
		// address
		UUID joined = registration(old, null);
		this.jdbc.update("insert into referral_file (email_key, subject, changed_at) values (?, ?, now())",
				joined + "@example.org", UUID.randomUUID().toString());

		RetentionApplied applied = this.retention.run(CooperativeChanged.Retention.DEFAULTS, Instant.now())
			.orElseThrow();

		assertThat(exists(oldVisitor)).as("a visitor's registration of 400 days ago").isFalse();
		assertThat(exists(oldMember)).as("a member's registration").isTrue();
		assertThat(exists(recentVisitor)).as("a visitor's registration of 30 days ago").isTrue();
		assertThat(exists(joined)).as("the registration of a visitor who joined since").isTrue();
		assertThat(applied.service()).isEqualTo("events-service");
		assertThat(applied.removed()).singleElement().satisfies((removed) -> {
			assertThat(removed.kind()).isEqualTo(RetentionKind.VISITOR_REGISTRATIONS);
			assertThat(removed.count()).isEqualTo(1);
		});
		assertThat(
				this.jdbc.queryForObject("select count(*) from platform_outbox where type = 'privacy.retention.applied'"
						+ " and position(? in envelope) > 0", Long.class, applied.runId().toString()))
			.as("the report leaves through the outbox")
			.isEqualTo(1);

		// a shorter period chosen by staff takes the recent one too
		RetentionApplied shorter = this.retention
			.run(new CooperativeChanged.Retention(7, 365, 365, 90, 7), Instant.now())
			.orElseThrow();
		assertThat(shorter.removed().get(0).count()).isEqualTo(1);
		assertThat(exists(recentVisitor)).isFalse();
		assertThat(exists(oldMember)).isTrue();
	}

	private UUID registration(AgendaEvent event, String subject) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				insert into registration (id, event_id, status, first_name, last_name, email, email_key, consent_at,
				  subject, created_at)
				values (?, ?, 'CONFIRMED', 'Léa', 'Perrin', ?, ?, now(), ?, now())""", id, event.id(),
				id + "@example.org", id + "@example.org", subject);
		return id;
	}

	private boolean exists(UUID registration) {
		return this.jdbc.queryForObject("select count(*) from registration where id = ?", Long.class,
				registration) == 1;
	}

}
