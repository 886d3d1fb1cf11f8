package coop.notification.contact;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import coop.notification.mail.Sender;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public contact form. The message is stored and answered 202 at once; ContactJob
 * forwards it to the team within a minute, even if the SMTP server was away.
 */
@RestController
class ContactController {

	private final ContactMessages messages;

	private final Clock clock;

	private final Sender sender;

	ContactController(ContactMessages messages, Clock clock, Sender sender) {
		this.messages = messages;
		this.sender = sender;
		this.clock = clock;
	}

	@PostMapping("/api/notifications/public/contact")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, String> send(@Valid @RequestBody ContactRequest request) {
		String phone = (request.phone() == null || request.phone().isBlank()) ? null : request.phone().trim();
		this.messages.save(new ContactMessage(UUID.randomUUID(), request.name().trim(), request.email().trim(), phone,
				request.topic(), request.message().trim(), this.clock.instant()), request.consentVersion());
		return Map.of("message", "Votre message est envoyé à l'équipe de " + this.sender.cooperative().name()
				+ ". Vous recevez un accusé de réception par e-mail.");
	}

}
