package coop.events.agenda;

import java.time.YearMonth;
import java.util.UUID;

import coop.platform.web.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public agenda.
 */
@RestController
@RequestMapping("/api/events/public/events")
class AgendaController {

	private final AgendaQuery agenda;

	AgendaController(AgendaQuery agenda) {
		this.agenda = agenda;
	}

	@GetMapping
	PageResponse<EventResponse> list(@RequestParam(required = false) EventKind kind,
			@RequestParam(required = false) String antenna, @RequestParam(required = false) YearMonth month,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.agenda.publicAgenda(kind, antenna, month, page, size);
	}

	@GetMapping("/{id}")
	EventResponse get(@PathVariable UUID id) {
		return this.agenda.publicEvent(id);
	}

}
