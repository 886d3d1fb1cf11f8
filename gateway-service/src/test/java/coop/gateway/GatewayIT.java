package coop.gateway;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import coop.platform.test.TestServers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway answers before any service is involved: who is logged in, the CSRF
 * cookie, refusals as French problem+json, and a login that starts with PKCE.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "eureka.client.enabled=false", "spring.cloud.discovery.enabled=false",
				"coop.rate-limits.public-posts-per-minute=3", "coop.rate-limits.logins-per-minute=4",
				// the tests play the reverse proxy: their X-Forwarded-For is believed
				"coop.gateway.forwarded.trusted-proxies=127.0.0.1" })
class GatewayIT {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.redis().register(registry);
		TestServers.rabbit().register(registry);
	}

	@Value("${local.server.port}")
	int port;

	@Autowired
	ReactiveStringRedisTemplate redis;

	WebTestClient client;

	@BeforeEach
	void client() {
		// a loaded 2-core machine: the first health check once took more than 5 s
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
	}

	@Test
	void anAnonymousVisitorIsToldSoAndReceivesTheCsrfCookie() {
		this.client.get()
			.uri("/bff/user")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.cacheControl(org.springframework.http.CacheControl.noStore())
			.expectCookie()
			.exists("XSRF-TOKEN")
			.expectCookie()
			.httpOnly("XSRF-TOKEN", false)
			.expectBody()
			.jsonPath("$.authenticated")
			.isEqualTo(false);
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefusedInFrench() {
		this.client.post()
			.uri("/api/events/public/events/x/registrations")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/forbidden")
			.jsonPath("$.detail")
			.isEqualTo("Cette action n'est pas autorisée. Rechargez la page puis recommencez.");
	}

	@Test
	void theOneClickUnsubscribeOfTheEmailsNeedsNoCsrfTokenButNothingElse() {
		// RFC 8058: the mail client posts without cookie; no service behind the test
		// gateway, so anything but the CSRF refusal proves it went through
		this.client.post()
			.uri("/api/notifications/public/email-preferences/unsubscribe?token=x&topic=REMINDERS")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("List-Unsubscribe=One-Click")
			.exchange()
			.expectStatus()
			.value((status) -> assertThat(status).isNotEqualTo(403));
		this.client.put()
			.uri("/api/notifications/public/email-preferences?token=x")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"received\":[]}")
			.exchange()
			.expectStatus()
			.isForbidden();
		this.client.post()
			.uri("/api/notifications/public/email-preferences/unsubscribe/other")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void aPrivateApiWithoutSessionAnswers401ProblemNotARedirect() {
		this.client.get()
			.uri("/api/dashboard/me")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/unauthenticated");
	}

	@Test
	void onlyHealthAndInfoOfTheActuatorAreReachable() {
		this.client.get().uri("/actuator/health").exchange().expectStatus().isOk();
		this.client.get().uri("/actuator/env").exchange().expectStatus().is4xxClientError();
		this.client.get().uri("/actuator/gateway/routes").exchange().expectStatus().is4xxClientError();
	}

	@Test
	void metricsAnswerTheMachineOnly() throws Exception {
		this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((metrics) -> assertThat(metrics).contains("jvm_memory_used_bytes"));
		// the same server reached through another address of this machine, as from the
		// network
		InetAddress network = Collections.list(NetworkInterface.getNetworkInterfaces())
			.stream()
			.flatMap((card) -> Collections.list(card.getInetAddresses()).stream())
			.filter((address) -> address instanceof Inet4Address && !address.isLoopbackAddress())
			.findFirst()
			.orElseThrow(() -> new AssertionError("this machine has no network address besides the loopback"));
		HttpResponse<String> fromNetwork = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.build()
			.send(HttpRequest
				.newBuilder(URI.create("http://" + network.getHostAddress() + ":" + this.port + "/actuator/prometheus"))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(fromNetwork.statusCode()).isIn(401, 403);
		assertThat(fromNetwork.body()).doesNotContain("jvm_memory_used_bytes");
	}

	@Test
	void securityHeadersAreOnEveryAnswer() {
		this.client.get()
			.uri("/bff/user")
			.exchange()
			.expectHeader()
			.valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
			.expectHeader()
			.value("Permissions-Policy", (policy) -> assertThat(policy).contains("camera=()"))
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.value("Content-Security-Policy",
					(policy) -> assertThat(policy).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
	}

	@Test
	void aFloodOfPublicFormsGets429InFrench() {
		String session = this.client.get()
			.uri("/bff/user")
			.exchange()
			.returnResult(Void.class)
			.getResponseCookies()
			.getFirst("XSRF-TOKEN")
			.getValue();
		String path = "/api/events/public/events/" + java.util.UUID.randomUUID() + "/registrations";
		// a client address of its own, so that the other tests' posts do not count (the
		// gateway trusts the proxy's X-Forwarded-For)
		String client = "203.0.113." + (1 + new java.util.Random().nextInt(250));
		// three per minute in this test: within seven posts one window holds a fourth,
		// even when a minute turns between them (3 in one, 4 in the next)
		Supplier<WebTestClient.RequestHeadersSpec<?>> post = () -> this.client.post()
			.uri(path)
			.cookie("XSRF-TOKEN", session)
			.header("X-XSRF-TOKEN", session)
			.header("X-Forwarded-For", client)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}");
		List<Integer> answers = untilRefused(8,
				() -> post.get().exchange().returnResult(Void.class).getStatus().value());
		assertThat(answers).as("a flood is refused").endsWith(429);
		int accepted = answers.size() - 1;
		assertThat(accepted).as("posts let through before the refusal").isBetween(3, 6);
		post.get()
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.valueEquals("Retry-After", "60")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/too-many-requests")
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("Patientez"));
	}

	/**
	 * The statuses of up to {@code max} requests, up to the first refusal (429): what a
	 * flood gets, judged whole even when a minute turns during it.
	 */
	static List<Integer> untilRefused(int max, IntSupplier request) {
		List<Integer> answers = new ArrayList<>();
		while (answers.size() < max && !answers.contains(429)) {
			answers.add(request.getAsInt());
		}
		return answers;
	}

	@Test
	void aFloodOfLoginsIsStoppedBeforeKeycloak() {
		String client = "198.51.100." + (1 + new java.util.Random().nextInt(250));
		// four per minute in this test: within nine, one is refused, even when a minute
		// turns between them (which lets at most four more through)
		List<Integer> answers = untilRefused(9,
				() -> this.client.get()
					.uri("/oauth2/authorization/keycloak")
					.header("X-Forwarded-For", client)
					.exchange()
					.returnResult(Void.class)
					.getStatus()
					.value());
		assertThat(answers).as("a flood of logins is refused").endsWith(429);
		int redirected = answers.size() - 1;
		assertThat(redirected).isBetween(4, 8);
		assertThat(answers.subList(0, redirected)).as("a login let through goes to Keycloak").containsOnly(302);
		// another address is not affected: every client behind the proxy has its own
		// count
		this.client.get()
			.uri("/oauth2/authorization/keycloak")
			.header("X-Forwarded-For", "198.51.100.251")
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		// what the client itself wrote on the left of the proxy's address is not believed
		this.client.get()
			.uri("/oauth2/authorization/keycloak")
			.header("X-Forwarded-For", "192.0.2.77, " + client)
			.exchange()
			.expectStatus()
			.isEqualTo(429);
	}

	@Test
	void anonymousVisitsStoreNoSession() {
		long before = storedSessions();
		for (int i = 0; i < 5; i++) {
			// a page of the site and a public API, both through routes (the services are
			// not
			// running here: what counts is what the gateway stores)
			this.client.get().uri("/agenda").exchange();
			this.client.get().uri("/api/events/public/events").exchange();
		}
		assertThat(storedSessions()).isEqualTo(before);
	}

	private long storedSessions() {
		return this.redis.scan(ScanOptions.scanOptions().match("coop:session:sessions:*").build())
			.count()
			.block(java.time.Duration.ofSeconds(5));
	}

	@Test
	void loginGoesToKeycloakWithAPkceChallenge() {
		URI location = this.client.get()
			.uri("/oauth2/authorization/keycloak")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation();
		assertThat(location).isNotNull();
		assertThat(location.toString()).startsWith("http://localhost:8180/realms/coop/protocol/openid-connect/auth")
			.contains("client_id=coop-gateway")
			.contains("code_challenge=")
			.contains("code_challenge_method=S256")
			.contains("scope=openid");
	}

	/**
	 * A request sent on a keep-alive connection after answers to pipelined requests (sent
	 * before the previous answers came back, as a reverse proxy or a busy client may) is
	 * answered. The health check answers after the next request arrived (it asks Redis
	 * and RabbitMQ), so the gateway's server queues that one behind it: reactor-netty up
	 * to 1.3.8 then stopped reading the connection (reactor/reactor-netty#4361) and the
	 * following request waited until the client gave up, as tests of this class once did
	 * under load.
	 */
	@Test
	void aRequestAfterPipelinedOnesIsAnswered() throws Exception {
		String request = "GET %s HTTP/1.1\r\nHost: localhost\r\n\r\n";
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			List<Integer> statuses = new ArrayList<>();
			try {
				out.write((request.formatted("/actuator/health") + request.formatted("/bff/user"))
					.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				statuses.add(readAnswer(in));
				statuses.add(readAnswer(in));
				out.write(request.formatted("/bff/user").getBytes(StandardCharsets.US_ASCII));
				out.flush();
				statuses.add(readAnswer(in));
			}
			catch (SocketTimeoutException ex) {
				throw new AssertionError("only " + statuses.size() + " of 3 requests were answered", ex);
			}
			assertThat(statuses).containsExactly(200, 200, 200);
		}
	}

	/** Reads one HTTP/1.1 answer with a Content-Length; its status. */
	private static int readAnswer(InputStream in) throws IOException {
		List<String> head = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		while (true) {
			int c = in.read();
			if (c < 0) {
				throw new EOFException("the connection closed after " + head);
			}
			if (c == '\n') {
				String text = line.toString().strip();
				line.setLength(0);
				if (text.isEmpty()) {
					break;
				}
				head.add(text);
			}
			else {
				line.append((char) c);
			}
		}
		int length = head.stream()
			.filter((header) -> header.toLowerCase(Locale.ROOT).startsWith("content-length:"))
			.map((header) -> Integer.parseInt(header.substring(header.indexOf(':') + 1).strip()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no Content-Length in " + head));
		in.readNBytes(length);
		return Integer.parseInt(head.get(0).split(" ")[1]);
	}

}
