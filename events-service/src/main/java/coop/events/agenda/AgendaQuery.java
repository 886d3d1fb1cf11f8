package coop.events.agenda;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import coop.platform.web.PageResponse;
import coop.platform.web.problem.ProblemException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the agenda as visitors see it: public events that have not ended, soonest first.
 */
@Service
@Transactional(readOnly = true)
public class AgendaQuery {

	private final AgendaEvents events;

	private final Clock clock;

	AgendaQuery(AgendaEvents events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	public PageResponse<EventResponse> publicAgenda(EventKind kind, String antenna, YearMonth month, int page,
			int size) {
		Instant now = this.clock.instant();
		Specification<AgendaEvent> spec = (root, query, cb) -> cb.and(cb.equal(root.get("audience"), Audience.PUBLIC),
				cb.equal(root.get("status"), AgendaEvent.Status.SCHEDULED), cb.greaterThan(root.get("endsAt"), now));
		if (kind != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
		}
		if (antenna != null && !antenna.isBlank()) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("antennaCode"), antenna));
		}
		if (month != null) {
			Instant from = month.atDay(1).atStartOfDay(AgendaEvent.ZONE).toInstant();
			Instant to = month.plusMonths(1).atDay(1).atStartOfDay(AgendaEvent.ZONE).toInstant();
			spec = spec.and((root, query, cb) -> cb.and(cb.greaterThanOrEqualTo(root.get("startsAt"), from),
					cb.lessThan(root.get("startsAt"), to)));
		}
		Page<AgendaEvent> found = this.events.findAll(spec, PageRequest.of(page, size, Sort.by("startsAt", "id")));
		Map<UUID, Long> taken = seatsTaken(found.getContent());
		return PageResponse.of(found, (event) -> toResponse(event, taken.getOrDefault(event.id(), 0L), now, false));
	}

	/** A page of events of any audience or status, with their free seats. */
	public PageResponse<EventResponse> responses(Page<AgendaEvent> found) {
		Map<UUID, Long> taken = seatsTaken(found.getContent());
		Instant now = this.clock.instant();
		return PageResponse.of(found, (event) -> toResponse(event, taken.getOrDefault(event.id(), 0L), now, false));
	}

	public EventResponse responseOf(AgendaEvent event) {
		return toResponse(event, seatsTaken(List.of(event)).getOrDefault(event.id(), 0L), this.clock.instant(), true);
	}

	public EventResponse publicEvent(UUID id) {
		AgendaEvent event = this.events.findById(id)
			.filter((found) -> found.audience() == Audience.PUBLIC)
			.orElseThrow(() -> ProblemException.notFound("Cet événement n'existe pas ou n'est pas public."));
		long taken = seatsTaken(List.of(event)).getOrDefault(event.id(), 0L);
		EventResponse summary = toResponse(event, taken, this.clock.instant(), true);
		List<EventResponse.Exhibitor> exhibitors = this.events.exhibitorsOf(id)
			.stream()
			.map((row) -> new EventResponse.Exhibitor(row.getSlug(), row.getDisplayName(), row.getBusinessName()))
			.toList();
		return new EventResponse(summary.id(), summary.kind(), summary.kindLabel(), summary.title(), summary.summary(),
				summary.startsAt(), summary.endsAt(), summary.place(), summary.antenna(), summary.capacity(),
				summary.seatsLeft(), summary.registrationOpen(), summary.theme(), summary.status(), summary.audience(),
				summary.description(), exhibitors, "/api/events/public/events/" + id + "/calendar.ics",
				summary.seriesId(), summary.resources());
	}

	private Map<UUID, Long> seatsTaken(List<AgendaEvent> events) {
		Map<UUID, Long> taken = new HashMap<>();
		if (!events.isEmpty()) {
			this.events.seatsTaken(events.stream().map(AgendaEvent::id).toList())
				.forEach((row) -> taken.put(row.getEventId(), row.getTaken()));
		}
		return taken;
	}

	public static EventResponse toResponse(AgendaEvent event, long taken, Instant now, boolean withDescription) {
		int seatsLeft = (int) Math.max(0, event.capacity() - taken);
		EventResponse.AntennaResponse antenna = (event.antennaCode() != null)
				? new EventResponse.AntennaResponse(event.antennaCode(), event.antennaName()) : null;
		return new EventResponse(event.id(), event.kind(), event.kind().label(), event.title(), event.summary(),
				event.startsAt().atZone(AgendaEvent.ZONE).toOffsetDateTime(),
				event.endsAt().atZone(AgendaEvent.ZONE).toOffsetDateTime(),
				EventResponse.PlaceResponse.of(event.place()), antenna, event.capacity(), seatsLeft,
				event.acceptsPublicRegistration(now), event.theme(), event.status(), event.audience(),
				withDescription ? event.description() : null, null, null, event.seriesId(), event.resources());
	}

}
