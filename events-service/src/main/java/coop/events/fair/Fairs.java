package coop.events.fair;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import coop.events.agenda.AgendaEvent;
import coop.events.agenda.AgendaEvents;
import coop.events.agenda.AgendaQuery;
import coop.events.agenda.EventKind;
import coop.events.agenda.EventResponse;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import coop.platform.web.security.CurrentUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The fairs an entrepreneur will exhibit at.
 */
@RestController
class Fairs {

	static final ProblemType NOT_A_FAIR = ProblemType.of("not-a-fair", HttpStatus.CONFLICT, "Pas un salon");

	private final AgendaEvents events;

	private final AgendaQuery agenda;

	private final JdbcClient jdbc;

	private final Clock clock;

	Fairs(AgendaEvents events, AgendaQuery agenda, JdbcClient jdbc, Clock clock) {
		this.events = events;
		this.agenda = agenda;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record FairLine(EventResponse event, boolean attending) {
	}

	@GetMapping("/api/events/me/fairs")
	@Transactional(readOnly = true)
	List<FairLine> mine(CurrentUser member) {
		Instant now = this.clock.instant();
		Set<UUID> attending = Set.copyOf(this.jdbc.sql("select event_id from fair_exhibitor where subject = ?")
			.param(member.subject())
			.query(UUID.class)
			.list());
		return this.agenda
			.responses(
					this.events.findAll(
							(root, query, cb) -> cb.and(cb.equal(root.get("kind"), EventKind.FAIR),
									cb.equal(root.get("status"), AgendaEvent.Status.SCHEDULED),
									cb.greaterThan(root.get("endsAt"), now)),
							PageRequest.of(0, 100, Sort.by("startsAt"))))
			.items()
			.stream()
			.map((event) -> new FairLine(event, attending.contains(event.id())))
			.toList();
	}

	@PutMapping("/api/events/me/fairs/{eventId}")
	@Transactional
	ResponseEntity<Void> attend(CurrentUser member, @PathVariable UUID eventId) {
		AgendaEvent fair = this.events.findById(eventId)
			.orElseThrow(() -> ProblemException.notFound("Ce salon n'existe pas."));
		if (fair.kind() != EventKind.FAIR || !fair.isScheduled() || !fair.endsAt().isAfter(this.clock.instant())) {
			throw new ProblemException(NOT_A_FAIR, "On s'annonce seulement sur un salon ou une foire à venir.");
		}
		String name = (member.name() != null) ? member.name() : member.username();
		this.jdbc.sql("insert into fair_exhibitor (event_id, subject, name) values (?, ?, ?) on conflict do nothing")
			.params(eventId, member.subject(), name)
			.update();
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/events/me/fairs/{eventId}")
	@Transactional
	ResponseEntity<Void> withdraw(CurrentUser member, @PathVariable UUID eventId) {
		this.jdbc.sql("delete from fair_exhibitor where event_id = ? and subject = ?")
			.params(eventId, member.subject())
			.update();
		return ResponseEntity.noContent().build();
	}

}
