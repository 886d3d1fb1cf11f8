package coop.events.registration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import coop.events.EventsProperties;

import org.springframework.stereotype.Component;

/**
 * Signed links that let a person cancel their registration from the e-mail, without an
 * account: the token is the registration id and an HMAC of it, so it cannot be guessed or
 * altered.
 */
@Component
class CancelLinks {

	private final EventsProperties properties;

	CancelLinks(EventsProperties properties) {
		this.properties = properties;
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
		return registrationId + "." + sign(registrationId.toString());
	}

	Optional<UUID> verify(String token) {
		int dot = (token != null) ? token.indexOf('.') : -1;
		if (dot < 0) {
			return Optional.empty();
		}
		String id = token.substring(0, dot);
		byte[] expected = sign(id).getBytes(StandardCharsets.US_ASCII);
		byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, given)) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private String sign(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.properties.linkSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
