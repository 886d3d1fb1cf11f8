package coop.events.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import coop.events.agenda.AgendaEvent;
import coop.events.agenda.AgendaEvents;
import coop.events.agenda.EventSnapshots;
import coop.platform.contracts.events.AttendanceRecorded;
import coop.platform.messaging.Outbox;
import coop.platform.web.problem.FieldProblem;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who attended: coaches mark each confirmed registration present, absent or excused once
 * the session has started.
 */
@Service
public class AttendanceBook {

	static final ProblemType NOT_STARTED = ProblemType.of("not-started", HttpStatus.CONFLICT, "Pas encore commencé");

	private final Registrations registrations;

	private final AgendaEvents events;

	private final RegistrationService views;

	private final EventSnapshots snapshots;

	private final Outbox outbox;

	private final Clock clock;

	private final ReferralOutcomes referrals;

	AttendanceBook(Registrations registrations, AgendaEvents events, RegistrationService views,
			EventSnapshots snapshots, Outbox outbox, Clock clock, ReferralOutcomes referrals) {
		this.registrations = registrations;
		this.events = events;
		this.views = views;
		this.snapshots = snapshots;
		this.outbox = outbox;
		this.clock = clock;
		this.referrals = referrals;
	}

	public record Mark(UUID registrationId, Registration.Attendance attendance) {
	}

	/**
	 * The people holding a seat, by name, for the sign-in sheet and the attendance form.
	 */
	@Transactional(readOnly = true)
	public List<Registration> confirmedOf(UUID eventId) {
		return this.registrations.findByEventIdAndStatusInOrderByLastNameAscFirstNameAsc(eventId,
				List.of(Registration.Status.CONFIRMED));
	}

	/**
	 * @param nextSession finds, after an absence, the next session the person may
	 * register to
	 */
	@Transactional
	public List<RegistrationView> record(UUID eventId, List<Mark> marks,
			Function<AgendaEvent, Optional<AgendaEvent>> nextSession) {
		AgendaEvent event = this.events.findForUpdate(eventId)
			.orElseThrow(() -> ProblemException.notFound("Cette session n'existe pas."));
		Instant now = this.clock.instant();
		if (!event.hasStarted(now)) {
			throw new ProblemException(NOT_STARTED, "Les présences se notent une fois la session commencée.");
		}
		Map<UUID, Registration> confirmed = confirmedOf(eventId).stream()
			.collect(Collectors.toMap(Registration::id, Function.identity()));
		List<FieldProblem> errors = new ArrayList<>();
		for (int i = 0; i < marks.size(); i++) {
			if (!confirmed.containsKey(marks.get(i).registrationId())) {
				errors.add(new FieldProblem("[" + i + "].registrationId",
						"Cette personne n'est pas inscrite à la session."));
			}
		}
		if (!errors.isEmpty()) {
			throw new ProblemException(ProblemType.VALIDATION, "Certaines informations sont à corriger.", errors);
		}
		for (Mark mark : marks) {
			Registration registration = confirmed.get(mark.registrationId());
			if (mark.attendance() == registration.attendance()) {
				continue;
			}
			registration.record(mark.attendance(), now);
			AgendaEvent next = (mark.attendance() == Registration.Attendance.ABSENT)
					? nextSession.apply(event).orElse(null) : null;
			this.outbox.append(new AttendanceRecorded(registration.id(), this.snapshots.of(event),
					RegistrationMessages.attendee(registration),
					AttendanceRecorded.Attendance.valueOf(mark.attendance().name()),
					(next != null) ? this.snapshots.of(next) : null));
			this.referrals.attendance(registration, event);
		}
		return this.views.registrationsOf(eventId)
			.stream()
			.filter((view) -> view.status() == Registration.Status.CONFIRMED)
			.toList();
	}

}
