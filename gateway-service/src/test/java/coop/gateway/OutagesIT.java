package coop.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import coop.platform.test.Eventually;
import coop.platform.test.OwnRedisServer;
import coop.platform.test.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault tests of the gateway, with servers of the test's own so that the machine's are
 * never disturbed: a private Redis (sessions, rate limits) stopped and started again, and
 * a stand-in for Keycloak's realm that stops answering. The web UI and events-service are
 * small HTTP servers. Whatever fails, public pages are served without a 5xx, a public
 * form still goes through, and a login is refused in French saying why; once the server
 * is back, logins start again.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "eureka.client.enabled=false", "coop.gateway.page-cache.enabled=false",
				"spring.data.redis.timeout=500ms", "spring.data.redis.connect-timeout=500ms" })
class OutagesIT {

	static final OwnRedisServer redis = TestServers.ownRedis();

	static HttpServer services;

	static int keycloakPort;

	static HttpServer keycloak;

	@BeforeAll
	static void startStandIns() throws IOException {
		services = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		services.createContext("/", OutagesIT::answer);
		services.start();
		try (ServerSocket free = new ServerSocket(0)) {
			keycloakPort = free.getLocalPort();
		}
		startKeycloak();
	}

	@AfterAll
	static void stopStandIns() {
		services.stop(0);
		stopKeycloak();
	}

	static void startKeycloak() throws IOException {
		keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", keycloakPort), 0);
		keycloak.createContext("/realms/coop",
				(exchange) -> send(exchange, 200, "application/json", "{\"realm\":\"coop\"}"));
		keycloak.start();
	}

	static void stopKeycloak() {
		keycloak.stop(0);
	}

	/** The web UI's public pages, and events-service's public registration. */
	static void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		if (path.startsWith("/api/events/public/")) {
			send(exchange, 201, "application/json", "{\"status\":\"CONFIRMED\"}");
		}
		else {
			send(exchange, 200, "text/html; charset=utf-8",
					"<!DOCTYPE html><html lang=\"fr\"><body><main>Page " + path + "</main></body></html>");
		}
	}

	static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		redis.register(registry);
		TestServers.rabbit().register(registry);
		String services = "http://127.0.0.1:" + OutagesIT.services.getAddress().getPort();
		registry.add("WEB_UI_URL", () -> services);
		registry.add("spring.cloud.discovery.client.simple.instances.events-service[0].uri", () -> services);
		String realm = "http://127.0.0.1:" + keycloakPort + "/realms/coop";
		registry.add("coop.gateway.issuer-uri", () -> realm);
		registry.add("coop.gateway.internal-realm-url", () -> realm);
	}

	@Value("${local.server.port}")
	int port;

	WebTestClient client() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	/** Starts a login: the session (the authorization request) is kept in Redis. */
	String sessionCookie() {
		ResponseCookie session = client().get()
			.uri("/oauth2/authorization/keycloak")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.value(HttpHeaders.LOCATION,
					(location) -> assertThat(location).startsWith("http://127.0.0.1:" + keycloakPort + "/realms/coop"))
			.returnResult(Void.class)
			.getResponseCookies()
			.getFirst("COOP_SESSION");
		assertThat(session).isNotNull();
		return session.getValue();
	}

	void publicSiteWorks(String sessionCookie) {
		for (String page : new String[] { "/", "/agenda", "/entrepreneurs" }) {
			WebTestClient.RequestHeadersSpec<?> request = client().get().uri(page).accept(MediaType.TEXT_HTML);
			if (sessionCookie != null) {
				request = request.cookie("COOP_SESSION", sessionCookie);
			}
			request.exchange().expectStatus().isOk();
		}
		WebTestClient.RequestHeadersSpec<?> user = client().get().uri("/bff/user");
		if (sessionCookie != null) {
			user = user.cookie("COOP_SESSION", sessionCookie);
		}
		ResponseCookie xsrf = user.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.authenticated")
			.isEqualTo(false)
			.returnResult()
			.getResponseCookies()
			.getFirst("XSRF-TOKEN");
		assertThat(xsrf).isNotNull();
		// a public form: the rate limit is not counted, the registration goes through
		client().post()
			.uri("/api/events/public/events/x/registrations")
			.cookie("XSRF-TOKEN", xsrf.getValue())
			.header("X-XSRF-TOKEN", xsrf.getValue())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isCreated();
	}

	@Test
	void withRedisDownThePublicSiteIsServedAndLoginsAreRefusedInFrench() {
		String session = sessionCookie();
		redis.stop();
		try {
			publicSiteWorks(null);
			// someone whose session Redis held: served as a visitor, not a 500
			publicSiteWorks(session);
			client().get()
				.uri("/api/dashboard/me")
				.cookie("COOP_SESSION", session)
				.exchange()
				.expectStatus()
				.isUnauthorized();
			client().get()
				.uri("/oauth2/authorization/keycloak")
				.accept(MediaType.TEXT_HTML)
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.TEXT_HTML)
				.expectBody(String.class)
				.value((page) -> assertThat(page).contains("lang=\"fr\"")
					.contains("Connexion momentanément indisponible")
					.contains(LoginAvailability.SESSIONS_DOWN));
		}
		finally {
			redis.start();
		}
		// back: once the connection is made again, logins start again and sessions are
		// kept
		Eventually.await(() -> client().get()
			.uri("/oauth2/authorization/keycloak")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.returnResult(Void.class)
			.getStatus()
			.value(), (status) -> status == 302, Duration.ofSeconds(30));
		String again = sessionCookie();
		publicSiteWorks(again);
	}

	@Test
	void withKeycloakDownThePublicSiteWorksAndTheLoginSaysWhyInFrench() throws IOException {
		stopKeycloak();
		try {
			publicSiteWorks(null);
			client().get()
				.uri("/oauth2/authorization/keycloak")
				.accept(MediaType.TEXT_HTML)
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.valueEquals("Retry-After", "60")
				.expectBody(String.class)
				.value((page) -> assertThat(page).contains(LoginAvailability.KEYCLOAK_DOWN));
			client().get()
				.uri("/oauth2/authorization/keycloak")
				.accept(MediaType.APPLICATION_JSON)
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://coopemploi.com/problems/login-unavailable")
				.jsonPath("$.detail")
				.isEqualTo(LoginAvailability.KEYCLOAK_DOWN);
		}
		finally {
			startKeycloak();
		}
		sessionCookie();
	}

}
