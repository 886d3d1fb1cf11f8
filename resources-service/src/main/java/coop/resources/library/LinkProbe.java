package coop.resources.library;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;

/**
 * Asks a curated link's site whether the page is still there: {@code HEAD}, then
 * {@code GET} for sites that refuse {@code HEAD}; redirections followed one by one (five
 * at most). Only web addresses of the public Internet are asked: an address of the
 * machine or of a private network is never called (a link could otherwise make the
 * platform probe its own network), unless {@code allowPrivateAddresses} (tests).
 */
class LinkProbe {

	private static final int MAX_REDIRECTS = 5;

	private static final String USER_AGENT = "Mozilla/5.0 (compatible; coop-link-check/1.0)";

	private final HttpClient http;

	private final Duration timeout;

	private final boolean allowPrivateAddresses;

	LinkProbe(Duration timeout, boolean allowPrivateAddresses) {
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(timeout)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		this.timeout = timeout;
		this.allowPrivateAddresses = allowPrivateAddresses;
	}

	/** What the site answered, as staff read it. */
	record Outcome(boolean ok, int status, String reason) {

		static Outcome broken(int status, String reason) {
			return new Outcome(false, status, reason);
		}

	}

	Outcome check(String url) {
		URI uri;
		try {
			uri = URI.create(url.trim());
		}
		catch (IllegalArgumentException ex) {
			return Outcome.broken(0, "Adresse illisible.");
		}
		for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
			String refused = refusal(uri);
			if (refused != null) {
				return Outcome.broken(0, refused);
			}
			int status;
			String location;
			try {
				HttpResponse<Void> response = send(uri, "HEAD");
				if (response.statusCode() == 405 || response.statusCode() == 501 || response.statusCode() == 403) {
					response = send(uri, "GET");
				}
				status = response.statusCode();
				location = response.headers().firstValue("Location").orElse(null);
			}
			catch (HttpTimeoutException ex) {
				return Outcome.broken(0, "Le site ne répond pas dans le temps imparti.");
			}
			catch (IOException ex) {
				return Outcome.broken(0, "Connexion au site impossible.");
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return Outcome.broken(0, "Vérification interrompue.");
			}
			if (status >= 300 && status < 400 && location != null) {
				try {
					uri = uri.resolve(location.trim());
				}
				catch (IllegalArgumentException ex) {
					return Outcome.broken(status, "Le site redirige vers une adresse illisible.");
				}
				continue;
			}
			if (status < 400) {
				return new Outcome(true, status, null);
			}
			if (status == 404 || status == 410) {
				return Outcome.broken(status, "Page introuvable (" + status + ").");
			}
			return Outcome.broken(status, "Le site répond par une erreur (" + status + ").");
		}
		return Outcome.broken(0, "Trop de redirections.");
	}

	private HttpResponse<Void> send(URI uri, String method) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.method(method, HttpRequest.BodyPublishers.noBody())
			.timeout(this.timeout)
			.header("User-Agent", USER_AGENT)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding());
	}

	/** Why this address is not asked, or {@code null}. */
	private String refusal(URI uri) {
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return "Ce n'est pas une adresse web (http ou https).";
		}
		if (uri.getHost() == null) {
			return "Adresse sans nom de site.";
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(uri.getHost());
		}
		catch (UnknownHostException ex) {
			return "Nom de site introuvable.";
		}
		if (!this.allowPrivateAddresses) {
			for (InetAddress address : addresses) {
				if (isPrivate(address)) {
					return "Adresse d'un réseau privé : elle n'est pas vérifiée.";
				}
			}
		}
		return null;
	}

	static boolean isPrivate(InetAddress address) {
		byte[] raw = address.getAddress();
		boolean uniqueLocalV6 = raw.length == 16 && (raw[0] & 0xfe) == 0xfc;
		boolean sharedV4 = raw.length == 4 && (raw[0] & 0xff) == 100 && (raw[1] & 0xc0) == 64;
		return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || sharedV4;
	}

}
