package coop.events.registration;

import java.util.UUID;

import coop.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member registers to workshops and monthly meetings, and cancels, in the intranet.
 */
@RestController
class MyRegistrationsController {

	private final RegistrationService registrations;

	MyRegistrationsController(RegistrationService registrations) {
		this.registrations = registrations;
	}

	record MemberRegistrationRequest(@NotNull(message = "Choisissez un événement.") UUID eventId) {
	}

	@PostMapping("/api/events/me/registrations")
	@ResponseStatus(HttpStatus.CREATED)
	RegistrationView register(CurrentUser member, @Valid @RequestBody MemberRegistrationRequest request) {
		return this.registrations.registerMember(member, request.eventId());
	}

	@DeleteMapping("/api/events/me/registrations/{registrationId}")
	RegistrationView cancel(CurrentUser member, @PathVariable UUID registrationId) {
		return this.registrations.cancelMember(member, registrationId);
	}

}
