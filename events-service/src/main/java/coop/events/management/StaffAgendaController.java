package coop.events.management;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import coop.events.agenda.EventKind;
import coop.events.agenda.EventResponse;
import coop.events.registration.RegistrationView;
import coop.platform.web.PageResponse;
import coop.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agenda as staff manage it: every event, public or for members, scheduled or
 * cancelled. A change or a cancellation reaches one occurrence of a series, or with
 * {@code ?scope=FOLLOWING} that occurrence and the later ones.
 */
@RestController
@RequestMapping("/api/events/staff/events")
class StaffAgendaController {

	private final AgendaManagement management;

	StaffAgendaController(AgendaManagement management) {
		this.management = management;
	}

	record CancelRequest(@NotBlank(message = "Indiquez la raison, elle est envoyée aux inscrits.") @Size(max = 500,
			message = "500 caractères au plus.") String reason) {
	}

	@GetMapping
	PageResponse<EventResponse> list(@RequestParam(required = false) EventKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return this.management.list(kind, from, to, page, size);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	List<EventResponse> create(CurrentUser staff, @Valid @RequestBody EventRequest request) {
		return this.management.create(staff, request);
	}

	@GetMapping("/{id}")
	EventResponse get(@PathVariable UUID id) {
		return this.management.get(id);
	}

	@PutMapping("/{id}")
	EventResponse update(CurrentUser staff, @PathVariable UUID id, @Valid @RequestBody EventRequest request,
			@RequestParam(defaultValue = "THIS") AgendaManagement.Scope scope) {
		return this.management.update(staff, id, request, scope);
	}

	@PostMapping("/{id}/cancel")
	EventResponse cancel(CurrentUser staff, @PathVariable UUID id, @Valid @RequestBody CancelRequest request,
			@RequestParam(defaultValue = "THIS") AgendaManagement.Scope scope) {
		return this.management.cancel(staff, id, request.reason(), scope);
	}

	@GetMapping("/{id}/registrations")
	List<RegistrationView> registrations(CurrentUser staff, @PathVariable UUID id) {
		return this.management.registrationsOf(staff, id);
	}

}
