package coop.members.cooperative;

import java.util.LinkedHashMap;
import java.util.Map;

import coop.members.MembersProperties;
import coop.members.keycloak.KeycloakAdmin;
import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.messaging.EventConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps Keycloak's login and e-mail themes in the cooperative's name and colours: on each
 * {@code members.cooperative.changed}, writes the current settings (not the message's, so
 * that a late retry never puts older ones back) into the realm: display name, SMTP
 * sender, and the texts {@code coopName}, {@code coopPrimaryColour},
 * {@code coopAccentColour}, {@code coopLogoUrl}, {@code coopFooter} read by the themes
 * (keycloak/themes/coop: the login page's colours and logo, the e-mails' frame and foot
 * line). The settings are told again at each start
 * ({@link CooperativeService#tellAtStart}), so a realm imported again gets its branding
 * back. Keycloak reads these texts through {@code java.text.MessageFormat}: apostrophes
 * and braces are quoted. Keycloak down: the message is retried, then waits in the
 * dead-letter queue.
 */
@Configuration(proxyBeanMethods = false)
class RealmBranding {

	@Bean
	EventConsumer realmBrandingConsumer(CooperativeService cooperative, KeycloakAdmin keycloak,
			MembersProperties properties) {
		return EventConsumer.queue("members-service.realm-branding")
			.on(CooperativeChanged.class, (changed, received) -> brand(cooperative.current(), keycloak, properties));
	}

	static void brand(Cooperative current, KeycloakAdmin keycloak, MembersProperties properties) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("coopName", messageFormatLiteral(current.name()));
		texts.put("coopFooter", messageFormatLiteral(footer(current)));
		texts.put("coopPrimaryColour", current.primaryColour());
		texts.put("coopAccentColour",
				(current.secondaryColour() != null) ? current.secondaryColour() : current.primaryColour());
		texts.put("coopLogoUrl", (current.logoFileId() != null)
				? properties.publicUrl() + CooperativeController.LOGO_PATH + "?v=" + current.logoVersion() : "");
		String sender = current.senderEmail();
		keycloak.brandRealm(current.name(), current.senderName(), sender, texts);
	}

	/**
	 * The foot line of Keycloak's e-mails: name, legal form, address, as far as known.
	 */
	static String footer(Cooperative current) {
		String place = java.util.stream.Stream.of(current.postalCode(), current.town())
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.joining(" "));
		String address = java.util.stream.Stream.of(current.street(), place.isEmpty() ? null : place)
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.joining(", "));
		return java.util.stream.Stream.of(current.name(), current.legalForm(), address.isEmpty() ? null : address)
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.joining(" — "));
	}

	/** {@code value} as a MessageFormat pattern that prints it as it is. */
	static String messageFormatLiteral(String value) {
		return value.replace("'", "''").replace("{", "'{'").replace("}", "'}'");
	}

}
