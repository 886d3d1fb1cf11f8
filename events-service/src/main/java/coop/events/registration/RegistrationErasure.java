package coop.events.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import coop.events.agenda.AgendaEvent;
import coop.events.agenda.AgendaEvents;
import coop.events.agenda.AgendaPublication;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The part of an erasure that must follow the registrations' rules: a person erased gives
 * back the seats and places in line they held for events to come, and the seats freed go
 * to the people waiting exactly as when someone cancels (offered in their order of
 * arrival, each told by e-mail). The person themselves is told nothing: they asked to be
 * forgotten, and a cancellation message would carry their address to the e-mail log after
 * its own erasure. Each event whose seats changed is told again ({@code
 * events.event.published}) so that the pages showing its seats are refreshed.
 */
@Component
public class RegistrationErasure {

	private final Registrations registrations;

	private final AgendaEvents events;

	private final WaitingList waitingList;

	private final AgendaPublication publication;

	private final Clock clock;

	RegistrationErasure(Registrations registrations, AgendaEvents events, WaitingList waitingList,
			AgendaPublication publication, Clock clock) {
		this.registrations = registrations;
		this.events = events;
		this.waitingList = waitingList;
		this.publication = publication;
		this.clock = clock;
	}

	/**
	 * Ends the person's live registrations to events that have not started, within the
	 * caller's transaction.
	 * @return the events whose registrations changed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<UUID> cancelComingRegistrationsOf(String subject, String emailKey) {
		Instant now = this.clock.instant();
		Set<UUID> changed = new LinkedHashSet<>();
		for (Registration registration : this.registrations.findOfPerson(subject, emailKey)) {
			if (!registration.isLive()) {
				continue;
			}
			// the event's row lock, as for any cancellation: seats are never counted
			// twice
			AgendaEvent event = this.events.findForUpdate(registration.eventId()).orElseThrow();
			if (event.hasStarted(now)) {
				continue;
			}
			if (registration.cancel(Registration.CancelReason.BY_ATTENDEE, now)) {
				this.waitingList.fillFreedSeats(event, now);
			}
			this.publication.published(event);
			changed.add(event.id());
		}
		// the erasure goes on in SQL: what the entities changed must be written first
		this.registrations.flush();
		return changed;
	}

}
