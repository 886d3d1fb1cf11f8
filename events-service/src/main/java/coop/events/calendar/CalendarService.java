package coop.events.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import coop.events.EventsProperties;
import coop.events.agenda.AgendaEvent;
import coop.events.agenda.AgendaEvents;
import coop.events.agenda.Audience;
import coop.events.agenda.EventSnapshots;
import coop.events.appointment.AppointmentCalendar;
import coop.events.registration.Registration;
import coop.events.registration.RegistrationService;
import coop.events.registration.RegistrationView;
import coop.platform.calendar.CalendarEntry;
import coop.platform.calendar.IcsWriter;
import coop.platform.messaging.cooperative.Cooperative;
import coop.platform.messaging.cooperative.CooperativeCopy;
import coop.platform.web.problem.ProblemException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendars people subscribe to or download: the public agenda, one public event, and
 * a person's own feed (their seats and appointments) behind a 256-bit secret they can
 * renew.
 */
@Service
class CalendarService {

	private static final SecureRandom random = new SecureRandom();

	private final AgendaEvents events;

	private final EventSnapshots snapshots;

	private final RegistrationService registrations;

	private final AppointmentCalendar appointments;

	private final CalendarLinks links;

	private final EventsProperties properties;

	private final Clock clock;

	private final CooperativeCopy cooperative;

	CalendarService(AgendaEvents events, EventSnapshots snapshots, RegistrationService registrations,
			AppointmentCalendar appointments, CalendarLinks links, EventsProperties properties, Clock clock,
			CooperativeCopy cooperative) {
		this.events = events;
		this.cooperative = cooperative;
		this.snapshots = snapshots;
		this.registrations = registrations;
		this.appointments = appointments;
		this.links = links;
		this.properties = properties;
		this.clock = clock;
	}

	/** The public events that have not ended (500 at most). */
	@Transactional(readOnly = true)
	String publicAgenda() {
		Instant now = this.clock.instant();
		List<CalendarEntry> entries = this.events
			.findAll((root, query, cb) -> cb.and(cb.equal(root.get("audience"), Audience.PUBLIC),
					cb.greaterThan(root.get("endsAt"), now)), PageRequest.of(0, 500, Sort.by("startsAt")))
			.stream()
			.map(this::entry)
			.toList();
		return IcsWriter.write("Agenda de " + this.cooperative.current().name(), organizer(), entries);
	}

	@Transactional(readOnly = true)
	String publicEvent(UUID id) {
		AgendaEvent event = this.events.findById(id)
			.filter((found) -> found.audience() == Audience.PUBLIC)
			.orElseThrow(() -> ProblemException.notFound("Cet événement n'existe pas ou n'est pas public."));
		return IcsWriter.write(null, organizer(), List.of(entry(event)));
	}

	/** The address of the person's feed, made on first request. */
	@Transactional
	String linkOf(String subject) {
		return url(this.links.secretOf(subject).orElseGet(() -> renewSecret(subject)));
	}

	/** A new address for the person's feed; the old one stops working. */
	@Transactional
	String renewLink(String subject) {
		return url(renewSecret(subject));
	}

	/**
	 * The feed behind a secret: the person's seats (held or offered) and appointments.
	 */
	@Transactional(readOnly = true)
	String personal(String secret) {
		String subject = this.links.subjectOf(secret)
			.orElseThrow(
					() -> ProblemException.notFound("Ce lien d'agenda n'est plus valable : demandez-en un nouveau."));
		List<CalendarEntry> entries = new ArrayList<>();
		for (RegistrationView registration : this.registrations.registrationsOfSubject(subject)) {
			if (registration.status() == Registration.Status.CONFIRMED
					|| registration.status() == Registration.Status.OFFERED) {
				this.events.findById(registration.eventId()).map(this::entry).ifPresent(entries::add);
			}
		}
		entries.addAll(this.appointments.entriesOf(subject));
		return IcsWriter.write("Mon agenda " + this.cooperative.current().shortName(), organizer(), entries);
	}

	private String renewSecret(String subject) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = HexFormat.of().formatHex(bytes);
		this.links.save(subject, secret, this.clock.instant());
		return secret;
	}

	private String url(String secret) {
		return this.properties.publicUrl() + "/api/events/public/calendars/" + secret + ".ics";
	}

	private IcsWriter.Organizer organizer() {
		Cooperative cooperative = this.cooperative.current();
		return new IcsWriter.Organizer(cooperative.name(),
				(cooperative.contactEmail() != null) ? cooperative.contactEmail() : this.properties.teamMailbox());
	}

	private CalendarEntry entry(AgendaEvent event) {
		String location = (event.place().url() != null) ? event.place().url()
				: event.place().label() + ((event.place().address() != null) ? ", " + event.place().address() : "");
		return new CalendarEntry(IcsWriter.uid(event.id()), event.title(), event.summary(), event.startsAt(),
				event.endsAt(), location, this.snapshots.pageUrl(event), !event.isScheduled(),
				// each change of the event (time, place, cancellation) raises its version
				(int) event.version());
	}

}
