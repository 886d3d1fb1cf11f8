package coop.events.management;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import coop.events.agenda.AgendaEvent;
import coop.events.agenda.AgendaEvents;
import coop.events.agenda.AgendaQuery;
import coop.events.agenda.EventKind;
import coop.events.agenda.EventResponse;
import coop.events.agenda.EventSnapshots;
import coop.events.agenda.Place;
import coop.events.agenda.PlaceInput;
import coop.events.registration.RegistrationService;
import coop.platform.contracts.events.AgendaEventCancelled;
import coop.platform.contracts.events.AgendaEventChanged;
import coop.platform.contracts.events.Recipient;
import coop.platform.messaging.Outbox;
import coop.platform.web.PageResponse;
import coop.platform.web.problem.FieldProblem;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;

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
 * offered to the people waiting.
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

	private final Clock clock;

	AgendaManagement(AgendaEvents events, AgendaQuery agenda, RegistrationService registrations,
			EventSnapshots snapshots, Outbox outbox, Clock clock) {
		this.events = events;
		this.agenda = agenda;
		this.registrations = registrations;
		this.snapshots = snapshots;
		this.outbox = outbox;
		this.clock = clock;
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
	List<EventResponse> create(EventRequest request) {
		check(request);
		int occurrences = (request.recurrence() != null) ? request.recurrence().count() : 1;
		UUID series = (occurrences > 1) ? UUID.randomUUID() : null;
		Instant now = this.clock.instant();
		List<AgendaEvent> created = new ArrayList<>();
		for (int i = 0; i < occurrences; i++) {
			ZonedDateTime start = request.startsAt().atZoneSameInstant(AgendaEvent.ZONE);
			ZonedDateTime end = request.endsAt().atZoneSameInstant(AgendaEvent.ZONE);
			if (i > 0) {
				// same wall-clock time in Paris, summer or winter
				boolean weekly = request.recurrence().frequency() == EventRequest.RecurrenceRequest.Frequency.WEEKLY;
				start = weekly ? start.plusWeeks(i) : start.plusMonths(i);
				end = weekly ? end.plusWeeks(i) : end.plusMonths(i);
			}
			AgendaEvent event = new AgendaEvent(request.kind(), request.audience(), request.title().trim(),
					request.summary().trim(), Objects.requireNonNullElse(request.description(), "").trim(),
					start.toInstant(), end.toInstant(), request.place().toPlace(), request.capacity(), now)
				.withTheme(blankToNull(request.theme()))
				.inSeries(series);
			if (request.antenna() != null && !request.antenna().isBlank()) {
				event.atAntenna(request.antenna(), antennaName(request));
			}
			created.add(this.events.save(event));
		}
		return created.stream().map((event) -> AgendaQuery.toResponse(event, 0, now, false)).toList();
	}

	@Transactional
	EventResponse update(UUID id, EventRequest request) {
		check(request);
		AgendaEvent event = this.events.findForUpdate(id)
			.orElseThrow(() -> ProblemException.notFound("Cet événement n'existe pas."));
		if (!event.isScheduled()) {
			throw new ProblemException(EVENT_CANCELLED, "Cet événement est annulé : il ne peut plus être modifié.");
		}
		Instant previousStart = event.startsAt();
		Instant previousEnd = event.endsAt();
		String previousPlace = oneLine(event.place());
		int previousCapacity = event.capacity();
		boolean hasAntenna = request.antenna() != null && !request.antenna().isBlank();
		event.update(request.audience(), request.title().trim(), request.summary().trim(),
				Objects.requireNonNullElse(request.description(), "").trim(), blankToNull(request.theme()),
				request.startsAt().toInstant(), request.endsAt().toInstant(), request.place().toPlace(),
				request.capacity(), hasAntenna ? request.antenna() : null, hasAntenna ? antennaName(request) : null);
		boolean moved = !previousStart.equals(event.startsAt()) || !previousEnd.equals(event.endsAt())
				|| !previousPlace.equals(oneLine(event.place()));
		if (moved) {
			List<Recipient> recipients = this.registrations.recipientsOf(event, false);
			this.outbox.append(new AgendaEventChanged(this.snapshots.of(event),
					previousStart.atZone(AgendaEvent.ZONE).toOffsetDateTime(),
					previousEnd.atZone(AgendaEvent.ZONE).toOffsetDateTime(), previousPlace, recipients));
		}
		if (event.capacity() > previousCapacity) {
			this.registrations.capacityChanged(event);
		}
		return this.agenda.responseOf(event);
	}

	@Transactional
	EventResponse cancel(UUID id, String reason) {
		AgendaEvent event = this.events.findForUpdate(id)
			.orElseThrow(() -> ProblemException.notFound("Cet événement n'existe pas."));
		if (!event.isScheduled()) {
			return this.agenda.responseOf(event);
		}
		event.cancel();
		List<Recipient> recipients = this.registrations.recipientsOf(event, true);
		this.outbox.append(new AgendaEventCancelled(this.snapshots.of(event), reason.trim(), recipients));
		return this.agenda.responseOf(event);
	}

	private static void check(EventRequest request) {
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
		if (place.kind() == Place.Kind.ANTENNA && (request.antenna() == null || request.antenna().isBlank())) {
			errors.add(new FieldProblem("antenna", "Choisissez l'antenne."));
		}
		if (!errors.isEmpty()) {
			throw new ProblemException(ProblemType.VALIDATION, "Certaines informations sont à corriger.", errors);
		}
	}

	/** The antenna's name as people read it: the town of its premises. */
	private static String antennaName(EventRequest request) {
		String town = request.place().town();
		if (request.place().kind() == Place.Kind.ANTENNA && town != null && !town.isBlank()) {
			return town.trim();
		}
		String code = request.antenna().trim();
		return Character.toUpperCase(code.charAt(0)) + code.substring(1);
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
