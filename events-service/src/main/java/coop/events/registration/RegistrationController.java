package coop.events.registration;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration to an information meeting, open to anyone without an account, and the
 * signed-link pages of the e-mails: cancel, accept or decline a seat offered.
 */
@RestController
class RegistrationController {

	private final RegistrationService registrations;

	RegistrationController(RegistrationService registrations) {
		this.registrations = registrations;
	}

	record TokenRequest(@NotBlank(message = "Le lien est incomplet.") @Size(max = 200) String token) {
	}

	@PostMapping("/api/events/public/events/{eventId}/registrations")
	@ResponseStatus(HttpStatus.CREATED)
	RegistrationResponse register(@PathVariable UUID eventId, @Valid @RequestBody RegistrationRequest request) {
		return this.registrations.registerToInformationMeeting(eventId, request);
	}

	@GetMapping("/api/events/public/registrations/by-token")
	RegistrationService.TokenView byToken(@RequestParam @Size(max = 200) String token) {
		return this.registrations.byToken(token);
	}

	@PostMapping("/api/events/public/registrations/by-token/cancel")
	RegistrationService.ActionResponse cancel(@Valid @RequestBody TokenRequest request) {
		return this.registrations.cancelByToken(request.token());
	}

	@PostMapping("/api/events/public/registrations/by-token/accept-offer")
	RegistrationService.ActionResponse accept(@Valid @RequestBody TokenRequest request) {
		return this.registrations.acceptOffer(request.token());
	}

	@PostMapping("/api/events/public/registrations/by-token/decline-offer")
	RegistrationService.ActionResponse decline(@Valid @RequestBody TokenRequest request) {
		return this.registrations.declineOffer(request.token());
	}

}
