package coop.platform.web.links;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The platform's signed links: a token is a value (an id, never personal data) followed
 * by an HMAC-SHA256 of it, so it cannot be guessed or altered; optionally with an expiry
 * date that the signature covers too. Tokens are {@code <value>.<signature>} or
 * {@code <value>.<expiry epoch second>.<signature>}, URL-safe.
 */
public final class SignedTokens {

	private final SecretKeySpec key;

	/**
	 * @param secret the key of the service that issues and reads the tokens
	 */
	public SignedTokens(String secret) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("A signing secret is needed");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/** A token for {@code value} that never expires. */
	public String sign(String value) {
		Objects.requireNonNull(value);
		return value + "." + signature(value);
	}

	/** A token for {@code value} refused from {@code expiresAt} on. */
	public String sign(String value, Instant expiresAt) {
		return sign(value + "." + expiresAt.getEpochSecond());
	}

	/** The value of a token made by {@link #sign(String)}, if its signature is right. */
	public Optional<String> verify(String token) {
		int dot = (token != null) ? token.lastIndexOf('.') : -1;
		if (dot <= 0) {
			return Optional.empty();
		}
		String value = token.substring(0, dot);
		byte[] expected = signature(value).getBytes(StandardCharsets.US_ASCII);
		byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given) ? Optional.of(value) : Optional.empty();
	}

	/**
	 * The value of a token made by {@link #sign(String, Instant)}, if its signature is
	 * right and it has not expired at {@code now}.
	 */
	public Optional<String> verify(String token, Instant now) {
		return verify(token).flatMap((signed) -> {
			int dot = signed.lastIndexOf('.');
			if (dot <= 0) {
				return Optional.empty();
			}
			try {
				Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(signed.substring(dot + 1)));
				return now.isBefore(expiresAt) ? Optional.of(signed.substring(0, dot)) : Optional.empty();
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		});
	}

	private String signature(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
