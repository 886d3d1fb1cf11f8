package coop.notification.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import coop.platform.web.links.SignedTokens;

import org.springframework.stereotype.Component;

/**
 * The signed links of non-essential e-mails: the preferences page and the one-click
 * unsubscribe (RFC 8058). The token carries the recipient's id (never the address) and an
 * expiry date, signed with the platform's {@link SignedTokens}.
 */
@Component
public class UnsubscribeLinks {

	/** Where the one-click POST goes (the gateway asks no CSRF token there). */
	public static final String ONE_CLICK_PATH = "/api/notifications/public/email-preferences/unsubscribe";

	private final SignedTokens tokens;

	private final LinkProperties links;

	private final MailProperties mail;

	private final Clock clock;

	UnsubscribeLinks(LinkProperties links, MailProperties mail, Clock clock) {
		this.tokens = new SignedTokens(links.secret());
		this.links = links;
		this.mail = mail;
		this.clock = clock;
	}

	public String tokenFor(UUID recipientId) {
		return this.tokens.sign(recipientId.toString(), this.clock.instant().plus(this.links.validity()));
	}

	/** The recipient a token names, if it is genuine and has not expired. */
	public Optional<UUID> recipient(String token) {
		try {
			return this.tokens.verify(token, this.clock.instant()).map(UUID::fromString);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The public page where the person chooses their e-mails. */
	public String preferencesUrl(String token) {
		return this.mail.link("/preferences-courriels?jeton=" + encode(token));
	}

	/**
	 * The address of {@code List-Unsubscribe}: POST stops the topic, GET opens the page.
	 */
	public String oneClickUrl(String token, MailTopic topic) {
		return this.mail.link(ONE_CLICK_PATH + "?token=" + encode(token) + "&topic=" + topic.name());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
