package coop.events.registration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import coop.events.EventsProperties;
import coop.events.agenda.AgendaEvent;
import coop.events.agenda.AgendaEvents;
import coop.events.agenda.EventSnapshots;
import coop.platform.contracts.events.Attendee;
import coop.platform.contracts.events.ReferralProgressed;
import coop.platform.contracts.events.ReferralProgressed.Outcome;
import coop.platform.messaging.Outbox;
import coop.platform.web.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the prescriber who referred a person what became of them
 * ({@code events.referral.progressed}, through the outbox in the caller's transaction),
 * once per referral and outcome: table {@code referral_outcome} remembers what was told,
 * so a mark changed back and forth, a message delivered twice or a file saved again tells
 * nothing new.
 */
@Component
public class ReferralOutcomes {

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final EventSnapshots snapshots;

	private final Registrations registrations;

	private final AgendaEvents events;

	private final EventsProperties properties;

	private final Clock clock;

	ReferralOutcomes(JdbcClient jdbc, Outbox outbox, EventSnapshots snapshots, Registrations registrations,
			AgendaEvents events, EventsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.snapshots = snapshots;
		this.registrations = registrations;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Keeps the prescriber's name and address as their token says, so that the outcomes
	 * of their referrals reach them (an address changed in Keycloak follows at their next
	 * visit).
	 */
	void remember(CurrentUser prescriber) {
		this.jdbc.sql("""
				insert into prescriber (subject, first_name, last_name, email, seen_at)
				values (:subject, :first, :last, :email, :now)
				on conflict (subject) do update set first_name = excluded.first_name,
				  last_name = excluded.last_name, email = excluded.email, seen_at = excluded.seen_at
				where (prescriber.first_name, prescriber.last_name, prescriber.email)
				  is distinct from (excluded.first_name, excluded.last_name, excluded.email)""")
			.param("subject", prescriber.subject())
			.param("first", prescriber.givenName())
			.param("last", prescriber.familyName())
			.param("email", prescriber.email())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	/** After a coach's mark: attended, or missed (absent or excused). */
	void attendance(Registration registration, AgendaEvent event) {
		if (registration.attendance() == null) {
			return;
		}
		told(registration, event,
				(registration.attendance() == Registration.Attendance.PRESENT) ? Outcome.ATTENDED : Outcome.MISSED,
				event.startsAt().atZone(AgendaEvent.ZONE).toLocalDate());
	}

	/**
	 * After a cancellation by the person (or a seat offer they declined or let expire);
	 * an event staff cancelled is not the person's doing and tells nothing.
	 */
	void cancelled(Registration registration, AgendaEvent event) {
		if (registration.cancelReason() == Registration.CancelReason.EVENT_CANCELLED) {
			return;
		}
		told(registration, event, Outcome.CANCELLED, LocalDate.now(this.clock.withZone(AgendaEvent.ZONE)));
	}

	/**
	 * The person with that address signed their CAPE or CESA: each prescriber who
	 * referred them is told, on their first referral of the person.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void signed(String emailKey, Outcome outcome, LocalDate on) {
		List<UUID> firstReferrals = this.jdbc.sql("""
				select distinct on (prescriber_subject) id from registration
				where email_key = :emailKey and prescriber_subject is not null
				order by prescriber_subject, created_at, id""").param("emailKey", emailKey).query(UUID.class).list();
		for (Registration registration : this.registrations.findAllById(firstReferrals)) {
			this.events.findById(registration.eventId()).ifPresent((event) -> told(registration, event, outcome, on));
		}
	}

	private void told(Registration registration, AgendaEvent event, Outcome outcome, LocalDate on) {
		if (registration.prescriberSubject() == null) {
			return;
		}
		Instant now = this.clock.instant();
		int first = this.jdbc.sql("""
				insert into referral_outcome (registration_id, outcome, told_at) values (:id, :outcome, :now)
				on conflict do nothing""")
			.param("id", registration.id())
			.param("outcome", outcome.name())
			.param("now", Timestamp.from(now))
			.update();
		if (first == 0) {
			return;
		}
		Attendee prescriber = this.jdbc
			.sql("select first_name, last_name, email, subject from prescriber where subject = :subject")
			.param("subject", registration.prescriberSubject())
			.query((rs, n) -> new Attendee(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional()
			.orElseGet(() -> new Attendee(null, null, null, registration.prescriberSubject()));
		this.outbox.append(new ReferralProgressed(registration.id(), outcome, on, registration.firstName(),
				registration.lastName(), prescriber, this.snapshots.of(event), pathUrl(registration.id())));
	}

	private String pathUrl(UUID registrationId) {
		return this.properties.publicUrl() + "/intranet/orientations/" + registrationId;
	}

}
