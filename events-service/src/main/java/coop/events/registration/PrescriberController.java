package coop.events.registration;

import java.util.List;
import java.util.UUID;

import coop.platform.web.security.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Prescribers register the people they follow to information meetings, and see what
 * became of them; only the people they registered themselves.
 */
@RestController
class PrescriberController {

	private final RegistrationService registrations;

	PrescriberController(RegistrationService registrations) {
		this.registrations = registrations;
	}

	@PostMapping("/api/events/prescriber/events/{eventId}/registrations")
	@ResponseStatus(HttpStatus.CREATED)
	RegistrationResponse register(CurrentUser prescriber, @PathVariable UUID eventId,
			@Valid @RequestBody PrescribedRegistrationRequest request) {
		return this.registrations.registerForPerson(prescriber, eventId, request);
	}

	@GetMapping("/api/events/prescriber/registrations")
	List<RegistrationService.PrescribedView> mine(CurrentUser prescriber) {
		return this.registrations.prescribedBy(prescriber);
	}

}
