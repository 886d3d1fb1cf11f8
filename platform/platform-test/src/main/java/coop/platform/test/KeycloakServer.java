package coop.platform.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real Keycloak with the {@code coop} realm: services validate its tokens, tests log
 * in as the demo users through the test-only client with the password grant.
 */
public record KeycloakServer(String baseUrl) {

	/**
	 * Password of the demo users of the committed realm, overridable as in the realm
	 * file.
	 */
	public static final String DEMO_PASSWORD = TestServers.env("COOP_DEMO_PASSWORD", "demo");

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Map<String, String> tokens = new ConcurrentHashMap<>();

	public String issuerUri() {
		return this.baseUrl + "/realms/coop";
	}

	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", this::issuerUri);
		registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
				() -> issuerUri() + "/protocol/openid-connect/certs");
	}

	/**
	 * A fresh-enough access token of a demo user (cached for the test JVM; tokens live 5
	 * minutes, tests run shorter).
	 */
	public String accessToken(String username) {
		return tokens.computeIfAbsent(this.baseUrl + "|" + username, (key) -> demoLogin(username));
	}

	/**
	 * A demo user's login, tried again when refused: Keycloak's brute-force protection
	 * refuses a login while another one of the same user is under way ("user temporarily
	 * disabled", answered as invalid credentials), and the modules' test JVMs, running
	 * side by side, log in the same demo users.
	 */
	private String demoLogin(String username) {
		for (int attempt = 1;; attempt++) {
			try {
				return login(username, DEMO_PASSWORD);
			}
			catch (IllegalStateException refused) {
				if (attempt == 3 || !String.valueOf(refused.getMessage()).contains("invalid_grant")) {
					throw refused;
				}
				Eventually.pause(Duration.ofMillis(500L * attempt));
			}
		}
	}

	public String login(String username, String password) {
		Map<String, String> form = Map.of("grant_type", "password", "client_id", "coop-tests", "client_secret",
				TestServers.env("COOP_TESTS_CLIENT_SECRET", "dev-only-tests-secret"), "username", username, "password",
				password, "scope", "openid");
		JsonNode body = post(issuerUri() + "/protocol/openid-connect/token", form);
		return body.get("access_token").asString();
	}

	/**
	 * Sets a user's password through the admin API (as members-service's service
	 * account), so that a test can log in as a person it just invited.
	 */
	public void setPassword(String subject, String password) {
		Map<String, String> form = Map.of("grant_type", "client_credentials", "client_id", "coop-members",
				"client_secret", TestServers.env("COOP_MEMBERS_CLIENT_SECRET", "dev-only-members-secret"));
		String admin = post(issuerUri() + "/protocol/openid-connect/token", form).get("access_token").asString();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.baseUrl + "/admin/realms/coop/users/" + subject + "/reset-password"))
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers
				.ofString("{\"type\":\"password\",\"temporary\":false,\"value\":\"" + password + "\"}"))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 204) {
				throw new IllegalStateException("Keycloak answered " + response.statusCode() + ": " + response.body());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Waits until the realm answers: {@code ./coop test} lets Keycloak start while Maven
	 * builds the modules that need none.
	 * @param timeout how long it may take
	 */
	void awaitRealm(Duration timeout) {
		URI discovery = URI.create(issuerUri() + "/.well-known/openid-configuration");
		if (!Eventually.await(() -> answers(discovery), Boolean::booleanValue, timeout)) {
			throw new IllegalStateException("Keycloak did not serve the realm coop at " + discovery + " within "
					+ timeout.toSeconds() + " s (./coop status, ./coop logs keycloak)");
		}
	}

	private static boolean answers(URI uri) {
		try {
			HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException notYet) {
			// not listening yet
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Whether the password grant succeeds (false for a disabled account). */
	public boolean canLogIn(String username, String password) {
		try {
			login(username, password);
			return true;
		}
		catch (IllegalStateException refused) {
			return false;
		}
	}

	private static JsonNode post(String url, Map<String, String> form) {
		String encoded = form.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encoded))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Keycloak answered " + response.statusCode() + ": " + response.body());
			}
			return json.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Keycloak is not reachable at " + url, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
