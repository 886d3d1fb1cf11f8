package coop.events.registration;

import java.util.Optional;
import java.util.UUID;

import coop.events.EventsProperties;
import coop.platform.web.links.SignedTokens;

import org.springframework.stereotype.Component;

/**
 * Signed links that let a person cancel their registration from the e-mail, without an
 * account: the token is the registration id signed with the platform's
 * {@link SignedTokens}, so it cannot be guessed or altered.
 */
@Component
class CancelLinks {

	private final EventsProperties properties;

	private final SignedTokens tokens;

	CancelLinks(EventsProperties properties) {
		this.properties = properties;
		this.tokens = new SignedTokens(properties.linkSecret());
	}

	String urlFor(UUID registrationId) {
		return this.properties.publicUrl() + "/inscriptions/annuler?jeton=" + tokenFor(registrationId);
	}

	/**
	 * The page where a person accepts or declines a seat offered from the waiting list.
	 */
	String offerUrlFor(UUID registrationId) {
		return this.properties.publicUrl() + "/inscriptions/place?jeton=" + tokenFor(registrationId);
	}

	String tokenFor(UUID registrationId) {
		return this.tokens.sign(registrationId.toString());
	}

	Optional<UUID> verify(String token) {
		try {
			return this.tokens.verify(token).map(UUID::fromString);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
