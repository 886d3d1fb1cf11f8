package coop.notification.preferences;

import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import coop.notification.mail.MailPreferences;
import coop.notification.mail.MailTopic;
import coop.notification.mail.UnsubscribeLinks;
import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.contracts.notification.PrivacyAsked;
import coop.platform.messaging.Outbox;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import coop.platform.web.security.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which non-essential e-mails a person receives: through the signed link of any such
 * e-mail (no account needed: visitors and the people prescribers refer get mails too), or
 * logged in, for the address of their account. The one-click POST of RFC 8058 needs no
 * session and no CSRF token, and doing it twice changes nothing more.
 */
@RestController
class EmailPreferencesController {

	static final ProblemType INVALID_LINK = ProblemType.of("invalid-link", HttpStatus.NOT_FOUND, "Lien invalide");

	static final ProblemType NO_ADDRESS = ProblemType.of("no-address", HttpStatus.NOT_FOUND, "Aucune adresse");

	private final MailPreferences preferences;

	private final UnsubscribeLinks links;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final Clock clock;

	EmailPreferencesController(MailPreferences preferences, UnsubscribeLinks links, Outbox outbox,
			TransactionTemplate transactions, Clock clock) {
		this.preferences = preferences;
		this.links = links;
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * A person asks for their data or its erasure from the page of an e-mail's signed
	 * link, which proves the address: members-service, which runs every GDPR request, is
	 * told through the outbox ({@code notification.privacy.asked}).
	 */
	@PostMapping("/api/notifications/public/privacy-requests")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, String> askByLink(@RequestParam String token, @Valid @RequestBody PrivacyLinkRequest request) {
		UUID recipient = recipient(token);
		if (request.kind() == PrivacyRequested.Kind.ERASURE && !Boolean.TRUE.equals(request.confirm())) {
			throw ProblemException.invalid("confirm", "Confirmez l'effacement de vos données.");
		}
		String address = this.preferences.address(recipient).orElseThrow();
		this.transactions.executeWithoutResult(
				(status) -> this.outbox.append(new PrivacyAsked(address, request.kind(), this.clock.instant())));
		return Map.of("message", (request.kind() == PrivacyRequested.Kind.EXPORT)
				? "Votre demande est enregistrée. Vous recevrez par e-mail le lien de votre archive dès que chaque "
						+ "partie de la plateforme aura répondu."
				: "Votre demande d'effacement est enregistrée. Un e-mail vous indique la date à laquelle vos données "
						+ "seront effacées ; l'équipe peut l'annuler d'ici là si vous le lui demandez.");
	}

	@GetMapping("/api/notifications/public/email-preferences")
	EmailPreferencesResponse byLink(@RequestParam String token) {
		UUID recipient = recipient(token);
		return answer(recipient, true);
	}

	@PutMapping("/api/notifications/public/email-preferences")
	EmailPreferencesResponse changeByLink(@RequestParam String token,
			@Valid @RequestBody EmailPreferencesRequest request) {
		UUID recipient = recipient(token);
		this.preferences.receiveOnly(recipient, topics(request));
		return answer(recipient, true);
	}

	/**
	 * One-click unsubscribe (RFC 8058): the mail client posts
	 * {@code List-Unsubscribe=One-Click}.
	 */
	@PostMapping(UnsubscribeLinks.ONE_CLICK_PATH)
	Map<String, String> unsubscribe(@RequestParam String token, @RequestParam MailTopic topic) {
		this.preferences.unsubscribe(recipient(token), topic);
		return Map.of("message", "Vous ne recevrez plus les e-mails de la rubrique « " + topic.label() + " ».");
	}

	/**
	 * The same address opened in a browser: never unsubscribes (a link checker may open
	 * it), shows the preferences page instead.
	 */
	@GetMapping(UnsubscribeLinks.ONE_CLICK_PATH)
	ResponseEntity<Void> openedInABrowser(@RequestParam String token) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(URI.create(this.links.preferencesUrl(token)))
			.build();
	}

	@GetMapping("/api/notifications/me/email-preferences")
	EmailPreferencesResponse mine(CurrentUser user) {
		return answer(this.preferences.recipientId(addressOf(user)), false);
	}

	@PutMapping("/api/notifications/me/email-preferences")
	EmailPreferencesResponse changeMine(CurrentUser user, @Valid @RequestBody EmailPreferencesRequest request) {
		UUID recipient = this.preferences.recipientId(addressOf(user));
		this.preferences.receiveOnly(recipient, topics(request));
		return answer(recipient, false);
	}

	private UUID recipient(String token) {
		return this.links.recipient(token)
			.filter((id) -> this.preferences.address(id).isPresent())
			.orElseThrow(() -> new ProblemException(INVALID_LINK,
					"Ce lien n'est pas valide ou a expiré. Utilisez le lien d'un e-mail plus récent, "
							+ "ou connectez-vous pour choisir vos e-mails."));
	}

	private static String addressOf(CurrentUser user) {
		if (user.email() == null || user.email().isBlank()) {
			throw new ProblemException(NO_ADDRESS,
					"Votre compte n'a pas d'adresse e-mail : aucun e-mail ne vous est envoyé.");
		}
		return user.email();
	}

	private static Set<MailTopic> topics(EmailPreferencesRequest request) {
		Set<MailTopic> received = EnumSet.noneOf(MailTopic.class);
		received.addAll(request.received());
		return received;
	}

	private EmailPreferencesResponse answer(UUID recipient, boolean hideAddress) {
		String address = this.preferences.address(recipient).orElseThrow();
		Set<MailTopic> unsubscribed = this.preferences.unsubscribed(recipient);
		List<EmailPreferencesResponse.Topic> topics = java.util.Arrays.stream(MailTopic.values())
			.map((topic) -> new EmailPreferencesResponse.Topic(topic, topic.label(), topic.description(),
					!unsubscribed.contains(topic)))
			.toList();
		return new EmailPreferencesResponse(hideAddress ? hidden(address) : address, topics,
				EmailPreferencesResponse.ESSENTIAL);
	}

	/** {@code marie.dupont@example.org} → {@code m•••@example.org}. */
	static String hidden(String address) {
		int at = address.indexOf('@');
		return (at <= 0) ? "•••" : address.charAt(0) + "•••" + address.substring(at);
	}

}
