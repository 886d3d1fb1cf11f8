package coop.events.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import coop.events.agenda.AgendaEvent;
import coop.events.agenda.AgendaEvents;
import coop.events.agenda.AgendaQuery;
import coop.events.agenda.EventKind;
import coop.events.agenda.EventResponse;
import coop.events.registration.Registration;
import coop.events.registration.RegistrationService;
import coop.events.registration.RegistrationView;
import coop.platform.web.security.CurrentUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * An entrepreneur's workshops and monthly meetings: what is coming with their
 * registration, the history of what they attended, and the next session of a theme they
 * missed.
 */
@Service
class Workshops {

	private final AgendaEvents events;

	private final AgendaQuery agenda;

	private final RegistrationService registrations;

	private final Clock clock;

	Workshops(AgendaEvents events, AgendaQuery agenda, RegistrationService registrations, Clock clock) {
		this.events = events;
		this.agenda = agenda;
		this.registrations = registrations;
		this.clock = clock;
	}

	record Upcoming(EventResponse event, @Nullable RegistrationView registration) {
	}

	record Suggestion(EventResponse missed, EventResponse next) {
	}

	record WorkshopsView(List<Upcoming> upcoming, List<Suggestion> suggestions) {
	}

	record AttendanceLine(EventResponse event, Registration.@Nullable Attendance attendance) {
	}

	@Transactional(readOnly = true)
	WorkshopsView of(CurrentUser member) {
		Instant now = this.clock.instant();
		List<RegistrationView> mine = this.registrations.registrationsOf(member);
		Map<UUID, RegistrationView> live = mine.stream()
			.filter((r) -> r.status() != Registration.Status.CANCELLED)
			.collect(Collectors.toMap(RegistrationView::eventId, Function.identity(), (a, b) -> a));
		List<EventResponse> coming = this.agenda.responses(
				this.events.findAll(
						(root, query, cb) -> cb.and(root.get("kind").in(EventKind.WORKSHOP, EventKind.MONTHLY_MEETING),
								cb.equal(root.get("status"), AgendaEvent.Status.SCHEDULED),
								cb.greaterThan(root.get("startsAt"), now)),
						PageRequest.of(0, 100, Sort.by("startsAt"))))
			.items();
		List<Upcoming> upcoming = coming.stream().map((e) -> new Upcoming(e, live.get(e.id()))).toList();
		List<Suggestion> suggestions = mine.stream()
			.filter((r) -> r.attendance() == Registration.Attendance.ABSENT && r.event() != null)
			.map((r) -> nextOf(r.event().theme(), r.event().startsAt().toInstant(), now)
				.filter((next) -> !live.containsKey(next.id()))
				.map((next) -> new Suggestion(r.event(), this.agenda.responseOf(next))))
			.flatMap(Optional::stream)
			.collect(Collectors.toMap((s) -> s.next().id(), Function.identity(), (a, b) -> a))
			.values()
			.stream()
			.sorted(Comparator.comparing((Suggestion s) -> s.next().startsAt()))
			.toList();
		return new WorkshopsView(upcoming, suggestions);
	}

	@Transactional(readOnly = true)
	List<AttendanceLine> history(CurrentUser member) {
		return this.registrations.registrationsOf(member)
			.stream()
			.filter((r) -> r.attendance() != null)
			.sorted(Comparator.comparing((RegistrationView r) -> r.event().startsAt()).reversed())
			.map((r) -> new AttendanceLine(r.event(), r.attendance()))
			.toList();
	}

	/** The next scheduled workshop of the same theme after the one missed. */
	Optional<AgendaEvent> nextSession(AgendaEvent missed) {
		return nextOf(missed.theme(), missed.startsAt(), this.clock.instant());
	}

	private Optional<AgendaEvent> nextOf(String theme, Instant after, Instant now) {
		if (theme == null) {
			return Optional.empty();
		}
		Instant from = after.isAfter(now) ? after : now;
		return this.events
			.findAll((root, query, cb) -> cb.and(cb.equal(root.get("kind"), EventKind.WORKSHOP),
					cb.equal(root.get("theme"), theme), cb.equal(root.get("status"), AgendaEvent.Status.SCHEDULED),
					cb.greaterThan(root.get("startsAt"), from)), PageRequest.of(0, 1, Sort.by("startsAt")))
			.stream()
			.findFirst();
	}

}
