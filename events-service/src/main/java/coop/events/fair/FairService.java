package coop.events.fair;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import coop.events.agenda.AgendaEvent;
import coop.events.agenda.AgendaEvents;
import coop.events.agenda.AgendaPublication;
import coop.events.agenda.AgendaQuery;
import coop.events.agenda.EventKind;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fairs to come and who exhibits at them: an entrepreneur announces themselves on a
 * scheduled fair that has not ended, and may withdraw.
 */
@Service
class FairService {

	static final ProblemType NOT_A_FAIR = ProblemType.of("not-a-fair", HttpStatus.CONFLICT, "Pas un salon");

	private final AgendaEvents events;

	private final AgendaQuery agenda;

	private final FairExhibitors exhibitors;

	private final AgendaPublication publication;

	private final Clock clock;

	FairService(AgendaEvents events, AgendaQuery agenda, FairExhibitors exhibitors, AgendaPublication publication,
			Clock clock) {
		this.events = events;
		this.agenda = agenda;
		this.exhibitors = exhibitors;
		this.publication = publication;
		this.clock = clock;
	}

	/** The next hundred fairs, each saying whether this person exhibits at it. */
	@Transactional(readOnly = true)
	List<FairLine> upcomingFor(String subject) {
		Instant now = this.clock.instant();
		Set<UUID> attending = this.exhibitors.fairsOf(subject);
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

	@Transactional
	void attend(UUID eventId, String subject, String name) {
		AgendaEvent fair = this.events.findById(eventId)
			.orElseThrow(() -> ProblemException.notFound("Ce salon n'existe pas."));
		if (fair.kind() != EventKind.FAIR || !fair.isScheduled() || !fair.endsAt().isAfter(this.clock.instant())) {
			throw new ProblemException(NOT_A_FAIR, "On s'annonce seulement sur un salon ou une foire à venir.");
		}
		this.exhibitors.add(eventId, subject, name);
		// the fair's page lists its exhibitors
		this.publication.published(fair);
	}

	@Transactional
	void withdraw(UUID eventId, String subject) {
		if (!this.exhibitors.remove(eventId, subject)) {
			return;
		}
		this.events.findById(eventId).ifPresent((fair) -> this.publication.published(fair));
	}

}
