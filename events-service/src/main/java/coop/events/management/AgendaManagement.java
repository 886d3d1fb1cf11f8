package coop.events.management;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import coop.events.EventsProperties;
import coop.events.antenna.Antenna;
import coop.events.antenna.Antennas;
import coop.events.agenda.AgendaEvent;
import coop.events.agenda.AgendaEvents;
import coop.events.agenda.AgendaPublication;
import coop.events.agenda.AgendaQuery;
import coop.events.agenda.EventKind;
import coop.events.agenda.EventResponse;
import coop.events.agenda.EventSnapshots;
import coop.events.agenda.Place;
import coop.events.agenda.PlaceInput;
import coop.events.registration.RegistrationService;
import coop.events.registration.RegistrationView;
import coop.platform.contracts.events.AgendaEventCancelled;
import coop.platform.contracts.events.AgendaEventChanged;
import coop.platform.contracts.events.Recipient;
import coop.platform.messaging.Outbox;
import coop.platform.web.PageResponse;
import coop.platform.web.problem.FieldProblem;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import coop.platform.web.security.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's changes to the agenda. A change of time or place is told to everyone
 * registered; a cancellation ends their registrations and tells them; more seats are
 * offered to the people waiting. Staff of an antenna change their antenna's events only;
 * staff of the head office change every event.
 */
@Service
class AgendaManagement {

	static final ProblemType EVENT_CANCELLED = ProblemType.of("event-cancelled", HttpStatus.CONFLICT,
			"Événement annulé");

	private final AgendaEvents events;

	private final AgendaQuery agenda;

	private final RegistrationService registrations;

	private final EventSnapshots snapshots;

	private final Outbox outbox;

	private final AgendaPublication publication;

	private final Antennas antennas;

	private final Clock clock;

	private final String headOffice;

	AgendaManagement(AgendaEvents events, AgendaQuery agenda, RegistrationService registrations,
			EventSnapshots snapshots, Outbox outbox, AgendaPublication publication, Antennas antennas, Clock clock,
			EventsProperties properties) {
		this.events = events;
		this.antennas = antennas;
		this.agenda = agenda;
		this.registrations = registrations;
		this.snapshots = snapshots;
		this.outbox = outbox;
		this.publication = publication;
		this.clock = clock;
		this.headOffice = properties.headOfficeAntenna();
	}

	@Transactional(readOnly = true)
	PageResponse<EventResponse> list(EventKind kind, OffsetDateTime from, OffsetDateTime to, int page, int size) {
		Specification<AgendaEvent> spec = (root, query, cb) -> cb.conjunction();
		if (kind != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
		}
		if (from != null) {
			spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("endsAt"), from.toInstant()));
		}
		if (to != null) {
			spec = spec.and((root, query, cb) -> cb.lessThan(root.get("startsAt"), to.toInstant()));
		}
		Page<AgendaEvent> found = this.events.findAll(spec, PageRequest.of(page, size, Sort.by("startsAt", "id")));
		return this.agenda.responses(found);
	}

	@Transactional(readOnly = true)
	EventResponse get(UUID id) {
		return this.agenda.responseOf(
				this.events.findById(id).orElseThrow(() -> ProblemException.notFound("Cet événement n'existe pas.")));
	}

	@Transactional
	List<EventResponse> create(CurrentUser staff, EventRequest request) {
		Antenna antenna = check(staff, request);
		ZonedDateTime start = request.startsAt().atZoneSameInstant(AgendaEvent.ZONE);
		ZonedDateTime end = request.endsAt().atZoneSameInstant(AgendaEvent.ZONE);
		List<Series.Span> spans = (request.recurrence() != null)
				? Series.occurrences(start, end, request.recurrence().frequency(), request.recurrence().count())
				: List.of(new Series.Span(start.toInstant(), end.toInstant()));
		UUID series = (spans.size() > 1) ? UUID.randomUUID() : null;
		Instant now = this.clock.instant();
		List<AgendaEvent> created = new ArrayList<>();
		for (Series.Span span : spans) {
			AgendaEvent event = new AgendaEvent(request.kind(), request.audience(), request.title().trim(),
					request.summary().trim(), Objects.requireNonNullElse(request.description(), "").trim(),
					span.startsAt(), span.endsAt(), request.place().toPlace(), request.capacity(), now)
				.withTheme(blankToNull(request.theme()))
				.withResources(resourcesOf(request))
				.inSeries(series);
			if (antenna != null) {
				event.atAntenna(antenna.code(), antenna.name());
			}
			created.add(this.events.save(event));
			this.publication.published(event);
		}
		return created.stream().map((event) -> AgendaQuery.toResponse(event, 0, now, false)).toList();
	}

	/**
	 * Changes an event; with {@link Scope#FOLLOWING}, the later occurrences of its series
	 * too: they take the same texts, place and capacity, and the same hour and length,
	 * each on its own date (moved by as many days as this one).
	 */
	@Transactional
	EventResponse update(CurrentUser staff, UUID id, EventRequest request, Scope scope) {
		AgendaEvent event = managed(staff, id);
		Antenna antenna = check(staff, request);
		if (!event.isScheduled()) {
			throw new ProblemException(EVENT_CANCELLED, "Cet événement est annulé : il ne peut plus être modifié.");
		}
		List<AgendaEvent> later = laterInSeries(staff, event, scope);
		ZonedDateTime start = request.startsAt().atZoneSameInstant(AgendaEvent.ZONE);
		ZonedDateTime end = request.endsAt().atZoneSameInstant(AgendaEvent.ZONE);
		Instant before = event.startsAt();
		change(event, request, antenna, start.toInstant(), end.toInstant());
		for (AgendaEvent occurrence : later) {
			Series.Span span = Series.following(occurrence.startsAt(), before, start, end);
			change(occurrence, request, antenna, span.startsAt(), span.endsAt());
		}
		return this.agenda.responseOf(event);
	}

	private void change(AgendaEvent event, EventRequest request, Antenna antenna, Instant startsAt, Instant endsAt) {
		Instant previousStart = event.startsAt();
		Instant previousEnd = event.endsAt();
		String previousPlace = oneLine(event.place());
		int previousCapacity = event.capacity();
		event.update(request.audience(), request.title().trim(), request.summary().trim(),
				Objects.requireNonNullElse(request.description(), "").trim(), blankToNull(request.theme()), startsAt,
				endsAt, request.place().toPlace(), request.capacity(), (antenna != null) ? antenna.code() : null,
				(antenna != null) ? antenna.name() : null);
		event.withResources(resourcesOf(request));
		boolean moved = !previousStart.equals(event.startsAt()) || !previousEnd.equals(event.endsAt())
				|| !previousPlace.equals(oneLine(event.place()));
		if (moved) {
			List<Recipient> recipients = this.registrations.recipientsOf(event, false);
			this.outbox.append(new AgendaEventChanged(this.snapshots.of(event),
					previousStart.atZone(AgendaEvent.ZONE).toOffsetDateTime(),
					previousEnd.atZone(AgendaEvent.ZONE).toOffsetDateTime(), previousPlace, recipients));
		}
		// moved or not, the pages that show it and the search follow
		this.publication.published(event);
		if (event.capacity() > previousCapacity) {
			this.registrations.capacityChanged(event);
		}
	}

	/**
	 * Cancels an event and tells its registrants; with {@link Scope#FOLLOWING}, the later
	 * occurrences of its series too.
	 */
	@Transactional
	EventResponse cancel(CurrentUser staff, UUID id, String reason, Scope scope) {
		AgendaEvent event = managed(staff, id);
		List<AgendaEvent> later = laterInSeries(staff, event, scope);
		cancel(event, reason);
		later.forEach((occurrence) -> cancel(occurrence, reason));
		return this.agenda.responseOf(event);
	}

	private void cancel(AgendaEvent event, String reason) {
		if (!event.isScheduled()) {
			return;
		}
		event.cancel();
		List<Recipient> recipients = this.registrations.recipientsOf(event, true);
		this.outbox.append(new AgendaEventCancelled(this.snapshots.of(event), reason.trim(), recipients));
		this.publication.published(event);
	}

	/** The resources an event uses, each once, in the order given. */
	private static List<String> resourcesOf(EventRequest request) {
		return (request.resources() != null) ? request.resources().stream().distinct().toList() : List.of();
	}

	/** Which occurrences a change reaches besides the event itself. */
	enum Scope {

		/** this occurrence only */
		THIS,

		/** this occurrence and the later ones of its series */
		FOLLOWING

	}

	private List<AgendaEvent> laterInSeries(CurrentUser staff, AgendaEvent event, Scope scope) {
		if (scope != Scope.FOLLOWING || event.seriesId() == null) {
			return List.of();
		}
		return this.events.findLaterInSeriesForUpdate(event.seriesId(), event.startsAt())
			.stream()
			.filter((occurrence) -> staff.managesAntenna(occurrence.antennaCode(), this.headOffice))
			.toList();
	}

	/**
	 * Who registered for the event, for staff of its antenna or of the head office: other
	 * antennas' registrants are not theirs to read.
	 */
	@Transactional(readOnly = true)
	List<RegistrationView> registrationsOf(CurrentUser staff, UUID id) {
		AgendaEvent event = this.events.findById(id)
			.orElseThrow(() -> ProblemException.notFound("Cet événement n'existe pas."));
		if (!staff.managesAntenna(event.antennaCode(), this.headOffice)) {
			throw ProblemException.forbidden("Les inscriptions de cet événement relèvent d'une autre antenne.");
		}
		return this.registrations.registrationsOf(id);
	}

	/** The event, locked for the change, when this staff member may change it. */
	private AgendaEvent managed(CurrentUser staff, UUID id) {
		AgendaEvent event = this.events.findForUpdate(id)
			.orElseThrow(() -> ProblemException.notFound("Cet événement n'existe pas."));
		if (!staff.managesAntenna(event.antennaCode(), this.headOffice)) {
			// the agenda is public: saying the event exists leaks nothing
			throw ProblemException
				.forbidden("Cet événement relève d'une autre antenne : seule son équipe peut le modifier.");
		}
		return event;
	}

	/**
	 * Refuses a request to correct, with an error on each field.
	 * @return the antenna the event belongs to (known and open), or {@code null}
	 */
	private Antenna check(CurrentUser staff, EventRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		if (!request.endsAt().isAfter(request.startsAt())) {
			errors.add(new FieldProblem("endsAt", "La fin doit être après le début."));
		}
		PlaceInput place = request.place();
		if (place.kind() == Place.Kind.ONLINE && (place.url() == null || place.url().isBlank())) {
			errors.add(new FieldProblem("place.url", "Indiquez le lien de la visioconférence."));
		}
		if (place.kind() != Place.Kind.ONLINE && (place.town() == null || place.town().isBlank())) {
			errors.add(new FieldProblem("place.town", "Indiquez la commune."));
		}
		boolean hasAntenna = request.antenna() != null && !request.antenna().isBlank();
		// members-service owns the antennas: only one this service heard of, still open
		Antenna antenna = hasAntenna ? this.antennas.find(request.antenna().trim()).orElse(null) : null;
		if (place.kind() == Place.Kind.ANTENNA && !hasAntenna) {
			errors.add(new FieldProblem("antenna", "Choisissez l'antenne."));
		}
		else if (!staff.managesAntenna(hasAntenna ? request.antenna().trim() : null, this.headOffice)) {
			errors.add(new FieldProblem("antenna", hasAntenna ? "Vous gérez seulement les événements de votre antenne."
					: "Rattachez l'événement à votre antenne."));
		}
		else if (hasAntenna && antenna == null) {
			errors.add(new FieldProblem("antenna", "Cette antenne n'existe pas : choisissez une antenne de la liste."));
		}
		else if (antenna != null && antenna.closed()) {
			errors.add(new FieldProblem("antenna",
					"L'antenne " + antenna.name() + " est fermée : choisissez une antenne ouverte."));
		}
		if (!errors.isEmpty()) {
			throw new ProblemException(ProblemType.VALIDATION, "Certaines informations sont à corriger.", errors);
		}
		return antenna;
	}

	private static String oneLine(Place place) {
		String address = place.address();
		return place.label() + ((address != null && !address.isBlank()) ? ", " + address : "")
				+ ((place.url() != null) ? " " + place.url() : "");
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
