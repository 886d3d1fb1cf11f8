package coop.events.appointment;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import coop.events.agenda.PlaceInput;
import coop.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Slots and appointments in the intranet.
 */
@RestController
class AppointmentController {

	private final Appointments appointments;

	AppointmentController(Appointments appointments) {
		this.appointments = appointments;
	}

	record SlotRequest(@NotNull(message = "Indiquez le début.") OffsetDateTime startsAt,
			@NotNull(message = "Indiquez la fin.") OffsetDateTime endsAt,
			@NotNull(message = "Indiquez le lieu.") @Valid PlaceInput place) {
	}

	record BookingRequest(@Size(max = 200, message = "200 caractères au plus.") String topic) {
	}

	record NoteRequest(@NotBlank(message = "Écrivez la note.") @Size(max = 5000,
			message = "5 000 caractères au plus.") String note) {
	}

	@GetMapping("/api/events/slots")
	List<Appointments.AppointmentView> open(@RequestParam(required = false) @Size(max = 100) String coach,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
		java.time.Instant start = (from != null) ? from.toInstant() : java.time.Instant.EPOCH;
		java.time.Instant end = (to != null) ? to.toInstant() : java.time.Instant.now().plus(Duration.ofDays(120));
		return this.appointments.open(coach, start, end);
	}

	@PostMapping("/api/events/slots/{slotId}/booking")
	@ResponseStatus(HttpStatus.CREATED)
	Appointments.AppointmentView book(CurrentUser entrepreneur, @PathVariable UUID slotId,
			@Valid @RequestBody(required = false) BookingRequest request) {
		return this.appointments.book(entrepreneur, slotId, (request != null) ? request.topic() : null);
	}

	@GetMapping("/api/events/me/appointments")
	List<Appointments.AppointmentView> mine(CurrentUser entrepreneur) {
		return this.appointments.ofEntrepreneur(entrepreneur);
	}

	@DeleteMapping("/api/events/me/appointments/{slotId}")
	Appointments.AppointmentView cancel(CurrentUser entrepreneur, @PathVariable UUID slotId) {
		return this.appointments.cancel(entrepreneur, slotId);
	}

	@PostMapping("/api/events/coach/slots")
	@ResponseStatus(HttpStatus.CREATED)
	Appointments.AppointmentView publish(CurrentUser coach, @Valid @RequestBody SlotRequest request) {
		return this.appointments.publish(coach, request.startsAt().toInstant(), request.endsAt().toInstant(),
				request.place().toPlace());
	}

	@DeleteMapping("/api/events/coach/slots/{slotId}")
	ResponseEntity<Void> withdraw(CurrentUser coach, @PathVariable UUID slotId) {
		this.appointments.withdraw(coach, slotId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/events/coach/appointments")
	List<Appointments.AppointmentView> ofCoach(CurrentUser coach) {
		return this.appointments.ofCoach(coach);
	}

	@PutMapping("/api/events/coach/appointments/{slotId}/note")
	Appointments.AppointmentView note(CurrentUser coach, @PathVariable UUID slotId,
			@Valid @RequestBody NoteRequest request) {
		return this.appointments.note(coach, slotId, request.note());
	}

}
