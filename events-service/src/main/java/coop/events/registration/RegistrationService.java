package coop.events.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import coop.events.EventsProperties;
import coop.events.agenda.AgendaEvent;
import coop.events.agenda.AgendaEvents;
import coop.platform.contracts.events.AgendaEventSnapshot;
import coop.platform.contracts.events.Attendee;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.contracts.events.RegistrationWaitlisted;
import coop.platform.messaging.Outbox;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes registrations: a seat while there is one, else a place on the waiting list in
 * order of arrival. The event row is locked while deciding, so simultaneous requests
 * never overfill it; the message telling of the registration is written in the same
 * transaction.
 */
@Service
public class RegistrationService {

	static final ProblemType ALREADY_REGISTERED = ProblemType.of("already-registered", HttpStatus.CONFLICT,
			"Déjà inscrit");

	static final ProblemType REGISTRATION_CLOSED = ProblemType.of("registration-closed", HttpStatus.CONFLICT,
			"Inscriptions fermées");

	private final AgendaEvents events;

	private final Registrations registrations;

	private final Outbox outbox;

	private final CancelLinks cancelLinks;

	private final EventsProperties properties;

	private final Clock clock;

	RegistrationService(AgendaEvents events, Registrations registrations, Outbox outbox, CancelLinks cancelLinks,
			EventsProperties properties, Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.outbox = outbox;
		this.cancelLinks = cancelLinks;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public RegistrationResponse registerToInformationMeeting(UUID eventId, RegistrationRequest request) {
		Instant now = this.clock.instant();
		AgendaEvent event = this.events.findForUpdate(eventId)
			.orElseThrow(() -> ProblemException.notFound("Cet événement n'existe pas."));
		if (!event.acceptsPublicRegistration(now)) {
			throw new ProblemException(REGISTRATION_CLOSED,
					"Les inscriptions en ligne ne sont pas ouvertes pour cet événement.");
		}
		if (this.registrations.existsByEventIdAndEmailKeyAndStatusNot(eventId, Registration.emailKey(request.email()),
				Registration.Status.CANCELLED)) {
			throw new ProblemException(ALREADY_REGISTERED, "Vous êtes déjà inscrit(e) à cette réunion avec l'adresse "
					+ request.email().trim() + ". Votre inscription précédente reste valable.");
		}
		long confirmed = this.registrations.countByEventIdAndStatus(eventId, Registration.Status.CONFIRMED);
		boolean seatFree = confirmed < event.capacity();
		Registration registration = new Registration(eventId,
				seatFree ? Registration.Status.CONFIRMED : Registration.Status.WAITLISTED, request.firstName().trim(),
				request.lastName().trim(), request.email().trim(), blankToNull(request.phone()), request.town().trim(),
				blankToNull(request.heardFrom()), now);
		this.registrations.save(registration);

		AgendaEventSnapshot snapshot = snapshot(event);
		Attendee attendee = new Attendee(registration.firstName(), registration.lastName(), registration.email(), null);
		String cancelUrl = this.cancelLinks.urlFor(registration.id());
		if (seatFree) {
			this.outbox.append(new RegistrationConfirmed(registration.id(), snapshot, attendee, cancelUrl));
			return new RegistrationResponse(registration.id(), registration.status(),
					"Votre inscription est confirmée. Un e-mail de confirmation vous a été envoyé.");
		}
		int position = (int) this.registrations.countByEventIdAndStatus(eventId, Registration.Status.WAITLISTED);
		this.outbox.append(new RegistrationWaitlisted(registration.id(), snapshot, attendee, position, cancelUrl));
		return new RegistrationResponse(registration.id(), registration.status(),
				"La réunion est complète : vous êtes inscrit(e) sur la liste d'attente (position " + position
						+ "). Nous vous écrirons dès qu'une place se libère.");
	}

	AgendaEventSnapshot snapshot(AgendaEvent event) {
		return new AgendaEventSnapshot(event.id(), event.kind().name(), event.title(),
				event.startsAt().atZone(AgendaEvent.ZONE).toOffsetDateTime(),
				event.endsAt().atZone(AgendaEvent.ZONE).toOffsetDateTime(), AgendaEvent.ZONE.getId(),
				event.place().label(), event.place().address(), event.place().url(),
				this.properties.publicUrl() + "/agenda/" + event.id());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
