package coop.events.registration;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration to an information meeting, open to anyone without an account.
 */
@RestController
class RegistrationController {

	private final RegistrationService registrations;

	RegistrationController(RegistrationService registrations) {
		this.registrations = registrations;
	}

	@PostMapping("/api/events/public/events/{eventId}/registrations")
	ResponseEntity<RegistrationResponse> register(@PathVariable UUID eventId,
			@Valid @RequestBody RegistrationRequest request) {
		RegistrationResponse response = this.registrations.registerToInformationMeeting(eventId, request);
		return ResponseEntity.created(URI.create("/api/events/registrations/" + response.registrationId()))
			.body(response);
	}

}
