package coop.dashboard.funders;

import java.sql.Timestamp;

import coop.dashboard.people.PeopleDirectory;
import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps each registration to an information meeting for the intake funnel: who referred
 * the person (the prescriber's organisation, or nobody), the meeting's antenna and dates,
 * and the person as a hash of their address, never their name.
 */
@Configuration(proxyBeanMethods = false)
class Referrals {

	static final String QUEUE = "dashboard.referrals";

	@Bean
	EventConsumer dashboardReferrals(JdbcClient jdbc) {
		return EventConsumer.queue(QUEUE).on(RegistrationConfirmed.class, (confirmed, received) -> {
			AgendaEventSnapshot meeting = confirmed.event();
			String email = PeopleDirectory.emailHash(confirmed.attendee().email());
			if (meeting.kind() != AgendaEventSnapshot.Kind.INFO_MEETING || email == null) {
				return;
			}
			jdbc.sql("""
					insert into referral (registration_id, email_hash, subject, organisation, antenna, registered_at,
					    meeting_at)
					values (?, ?, ?, ?, ?, ?, ?) on conflict (registration_id) do nothing""")
				.params(confirmed.registrationId(), email, confirmed.attendee().subject(),
						confirmed.prescriberOrganisation(), meeting.antenna(), Timestamp.from(received.occurredAt()),
						Timestamp.from(meeting.startsAt().toInstant()))
				.update();
		});
	}

}
