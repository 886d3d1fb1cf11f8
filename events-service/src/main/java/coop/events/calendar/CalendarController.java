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
import coop.platform.web.problem.ProblemException;
import coop.platform.web.security.CurrentUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * iCalendar files, with Europe/Paris times. The personal feed is public by design
 * (calendar applications cannot log in) but its address holds a 256-bit secret the person
 * can renew, which ends the old one.
 */
@RestController
class CalendarController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private static final SecureRandom random = new SecureRandom();

	private final AgendaEvents events;

	private final EventSnapshots snapshots;

	private final RegistrationService registrations;

	private final AppointmentCalendar appointments;

	private final JdbcClient jdbc;

	private final EventsProperties properties;

	private final Clock clock;

	CalendarController(AgendaEvents events, EventSnapshots snapshots, RegistrationService registrations,
			AppointmentCalendar appointments, JdbcClient jdbc, EventsProperties properties, Clock clock) {
		this.events = events;
		this.snapshots = snapshots;
		this.registrations = registrations;
		this.appointments = appointments;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	record CalendarLink(String url) {
	}

	@GetMapping("/api/events/public/agenda.ics")
	@Transactional(readOnly = true)
	ResponseEntity<String> agenda() {
		Instant now = this.clock.instant();
		List<CalendarEntry> entries = this.events
			.findAll((root, query, cb) -> cb.and(cb.equal(root.get("audience"), Audience.PUBLIC),
					cb.greaterThan(root.get("endsAt"), now)), PageRequest.of(0, 500, Sort.by("startsAt")))
			.stream()
			.map(this::entry)
			.toList();
		return ics(IcsWriter.write("Agenda de COOP'EMPLOI", entries),
				CacheControl.maxAge(java.time.Duration.ofMinutes(15)));
	}

	@GetMapping("/api/events/public/events/{id}/calendar.ics")
	@Transactional(readOnly = true)
	ResponseEntity<String> event(@PathVariable UUID id) {
		AgendaEvent event = this.events.findById(id)
			.filter((found) -> found.audience() == Audience.PUBLIC)
			.orElseThrow(() -> ProblemException.notFound("Cet événement n'existe pas ou n'est pas public."));
		return ics(IcsWriter.write(null, List.of(entry(event))), CacheControl.noCache());
	}

	@GetMapping("/api/events/me/calendar-link")
	@Transactional
	CalendarLink link(CurrentUser user) {
		String secret = this.jdbc.sql("select secret from calendar_link where subject = ?")
			.param(user.subject())
			.query(String.class)
			.optional()
			.orElseGet(() -> renewSecret(user.subject()));
		return new CalendarLink(url(secret));
	}

	@PostMapping("/api/events/me/calendar-link/renew")
	@Transactional
	CalendarLink renew(CurrentUser user) {
		return new CalendarLink(url(renewSecret(user.subject())));
	}

	@GetMapping("/api/events/public/calendars/{secret}.ics")
	@Transactional(readOnly = true)
	ResponseEntity<String> personal(@PathVariable String secret) {
		String subject = this.jdbc.sql("select subject from calendar_link where secret = ?")
			.param(secret)
			.query(String.class)
			.optional()
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
		return ics(IcsWriter.write("Mon agenda COOP'EMPLOI", entries), CacheControl.noCache());
	}

	private String renewSecret(String subject) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = HexFormat.of().formatHex(bytes);
		this.jdbc
			.sql("insert into calendar_link (subject, secret, created_at) values (?, ?, ?)"
					+ " on conflict (subject) do update set secret = excluded.secret, created_at = excluded.created_at")
			.params(subject, secret, java.sql.Timestamp.from(this.clock.instant()))
			.update();
		return secret;
	}

	private String url(String secret) {
		return this.properties.publicUrl() + "/api/events/public/calendars/" + secret + ".ics";
	}

	private CalendarEntry entry(AgendaEvent event) {
		String location = (event.place().url() != null) ? event.place().url()
				: event.place().label() + ((event.place().address() != null) ? ", " + event.place().address() : "");
		return new CalendarEntry(event.id() + "@coopemploi.com", event.title(), event.summary(), event.startsAt(),
				event.endsAt(), location, this.snapshots.pageUrl(event), !event.isScheduled(),
				event.isScheduled() ? 0 : 1);
	}

	private static ResponseEntity<String> ics(String body, CacheControl cache) {
		return ResponseEntity.ok().contentType(CALENDAR).cacheControl(cache).body(body);
	}

}
