package coop.notification.contact;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import coop.notification.mail.Sender;
import coop.platform.web.consent.ConsentsInForce;
import jakarta.validation.Valid;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public contact form. The message is stored and answered 202 at once; ContactJob
 * forwards it to the team within a minute, even if the SMTP server was away. Only when
 * the form showed the consent text in force (events-service's {@code CONTACT_MESSAGE}):
 * otherwise 409 {@code consent-changed} and nothing is stored.
 */
@RestController
class ContactController {

	private final ContactMessages messages;

	private final Clock clock;

	private final Sender sender;

	private final ConsentsInForce consents;

	ContactController(ContactMessages messages, Clock clock, Sender sender, DiscoveryClient discovery) {
		this.messages = messages;
		this.sender = sender;
		this.clock = clock;
		this.consents = new ConsentsInForce(() -> discovery.getInstances(ConsentsInForce.EVENTS_SERVICE)
			.stream()
			.map(ServiceInstance::getUri)
			.toList());
	}

	@PostMapping("/api/notifications/public/contact")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, String> send(@Valid @RequestBody ContactRequest request) {
		int consentVersion = this.consents.check("CONTACT_MESSAGE", request.consentVersion());
		String phone = (request.phone() == null || request.phone().isBlank()) ? null : request.phone().trim();
		this.messages.save(new ContactMessage(UUID.randomUUID(), request.name().trim(), request.email().trim(), phone,
				request.topic(), request.message().trim(), this.clock.instant()), consentVersion);
		return Map.of("message", "Votre message est envoyé à l'équipe de " + this.sender.cooperative().name()
				+ ". Vous recevez un accusé de réception par e-mail.");
	}

}
