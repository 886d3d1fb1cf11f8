package coop.events.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import coop.events.agenda.AgendaEvent;
import coop.events.agenda.AgendaEvents;
import coop.events.agenda.AgendaQuery;
import coop.events.agenda.EventKind;
import coop.events.agenda.EventResponse;
import coop.events.registration.AttendanceBook;
import coop.events.registration.Registration;
import coop.events.registration.RegistrationService;
import coop.events.registration.RegistrationView;
import coop.platform.messaging.cooperative.CooperativeCopy;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Workshops and meetings in the intranet: entrepreneurs' views, and coaches' attendance
 * and sign-in sheets. Coaches lead sessions anywhere in the département; staff who are
 * not coaches see and record their antenna's sessions only (the head office's staff,
 * all).
 */
@RestController
class WorkshopController {

	private final Workshops workshops;

	private final AttendanceBook attendance;

	private final RegistrationService registrations;

	private final AgendaEvents events;

	private final AgendaQuery agenda;

	private final Clock clock;

	private final SessionLeaders leaders;

	private final CooperativeCopy cooperative;

	WorkshopController(Workshops workshops, AttendanceBook attendance, RegistrationService registrations,
			AgendaEvents events, AgendaQuery agenda, Clock clock, SessionLeaders leaders, CooperativeCopy cooperative) {
		this.workshops = workshops;
		this.attendance = attendance;
		this.registrations = registrations;
		this.events = events;
		this.agenda = agenda;
		this.clock = clock;
		this.leaders = leaders;
		this.cooperative = cooperative;
	}

	record Session(EventResponse event, long confirmed, long waiting) {
	}

	record MarkRequest(@NotNull(message = "Choisissez une personne.") UUID registrationId,
			@NotNull(message = "Choisissez présent, absent ou excusé.") Registration.Attendance attendance) {
	}

	@GetMapping("/api/events/me/workshops")
	Workshops.WorkshopsView mine(CurrentUser member) {
		return this.workshops.of(member);
	}

	@GetMapping("/api/events/me/attendance")
	List<Workshops.AttendanceLine> history(CurrentUser member) {
		return this.workshops.history(member);
	}

	@GetMapping("/api/events/me/attendance/certificate.pdf")
	ResponseEntity<byte[]> certificate(CurrentUser member) {
		List<Pdfs.Attended> attended = this.workshops.history(member)
			.stream()
			.filter((line) -> line.attendance() == Registration.Attendance.PRESENT)
			.map((line) -> new Pdfs.Attended(line.event().title(), line.event().startsAt().toInstant(),
					line.event().endsAt().toInstant()))
			.toList();
		String name = (member.name() != null) ? member.name() : member.username();
		return pdf(Pdfs.certificate(this.cooperative.current(), name, attended, this.clock.instant()),
				"attestation-de-presence.pdf");
	}

	@GetMapping("/api/events/coach/sessions")
	List<Session> sessions(CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
		Instant start = (from != null) ? from.toInstant() : this.clock.instant().minus(Duration.ofDays(30));
		Instant end = (to != null) ? to.toInstant() : this.clock.instant().plus(Duration.ofDays(90));
		List<EventResponse> found = this.agenda
			.responses(
					this.events.findAll(
							(root, query, cb) -> cb.and(
									root.get("kind")
										.in(EventKind.WORKSHOP, EventKind.MONTHLY_MEETING, EventKind.INFO_MEETING),
									cb.greaterThanOrEqualTo(root.get("startsAt"), start),
									cb.lessThan(root.get("startsAt"), end)),
							PageRequest.of(0, 200, Sort.by("startsAt"))))
			.items();
		return found.stream()
			.filter((event) -> this.leaders.leads(user, (event.antenna() != null) ? event.antenna().code() : null))
			.map((event) -> {
				List<RegistrationView> all = this.registrations.registrationsOf(event.id());
				return new Session(event,
						all.stream().filter((r) -> r.status() == Registration.Status.CONFIRMED).count(),
						all.stream().filter((r) -> r.status() == Registration.Status.WAITLISTED).count());
			})
			.toList();
	}

	@GetMapping("/api/events/coach/sessions/{eventId}/registrations")
	List<RegistrationView> sessionRegistrations(CurrentUser user, @PathVariable UUID eventId) {
		this.leaders.session(user, eventId);
		return this.registrations.registrationsOf(eventId);
	}

	@PutMapping("/api/events/coach/sessions/{eventId}/attendance")
	List<RegistrationView> markAttendance(CurrentUser user, @PathVariable UUID eventId,
			@Valid @RequestBody @Size(max = 500) List<@Valid MarkRequest> marks) {
		this.leaders.session(user, eventId);
		return this.attendance.record(eventId,
				marks.stream().map((m) -> new AttendanceBook.Mark(m.registrationId(), m.attendance())).toList(),
				this.workshops::nextSession);
	}

	@GetMapping("/api/events/coach/sessions/{eventId}/sign-in-sheet.pdf")
	ResponseEntity<byte[]> signInSheet(CurrentUser user, @PathVariable UUID eventId) {
		AgendaEvent event = this.leaders.session(user, eventId);
		List<Pdfs.Attendee> attendees = this.attendance.confirmedOf(eventId)
			.stream()
			.map((r) -> new Pdfs.Attendee(r.lastName(), r.firstName()))
			.toList();
		return pdf(Pdfs.signInSheet(this.cooperative.current(), event, attendees), "emargement.pdf");
	}

	private static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.body(content);
	}

}
