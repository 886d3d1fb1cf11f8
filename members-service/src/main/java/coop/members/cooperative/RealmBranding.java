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
 * {@code coopAccentColour}, {@code coopLogoUrl} read by the themes. Keycloak down: the
 * message is retried, then waits in the dead-letter queue.
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
		texts.put("coopName", current.name());
		texts.put("coopPrimaryColour", current.primaryColour());
		texts.put("coopAccentColour",
				(current.secondaryColour() != null) ? current.secondaryColour() : current.primaryColour());
		texts.put("coopLogoUrl", (current.logoFileId() != null)
				? properties.publicUrl() + CooperativeController.LOGO_PATH + "?v=" + current.logoVersion() : "");
		String sender = (current.senderEmail() != null) ? current.senderEmail() : null;
		keycloak.brandRealm(current.name(), current.senderName(), sender, texts);
	}

}
