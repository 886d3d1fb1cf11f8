package coop.platform.test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fuzzer against a tiny server whose behaviour each test chooses: it finds a 5xx, a
 * refusal that is not problem+json and a refusal that stored something, and finds nothing
 * in a server that holds.
 */
class ApiFuzzerTests {

	private static final String DOCUMENT = """
			{"openapi":"3.1.0","paths":{"/api/things/{id}":{"put":{
			  "parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string","format":"uuid"}}],
			  "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}}}}},
			 "components":{"schemas":{"Thing":{"type":"object","required":["name"],"properties":{
			  "name":{"type":"string"},"seats":{"type":"integer","minimum":1},"startsAt":{"type":"string","format":"date-time"},
			  "tags":{"type":"array","items":{"type":"string"}}}}}}}
			""";

	private HttpServer server;

	private final AtomicLong stored = new AtomicLong();

	interface Answer {

		void to(HttpExchange exchange, String body) throws IOException;

	}

	private ApiFuzzer serving(Answer answer) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/v3/api-docs", (exchange) -> reply(exchange, 200, "application/json", DOCUMENT));
		this.server.createContext("/api/things/", (exchange) -> answer.to(exchange,
				new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
		this.server.start();
		return new ApiFuzzer("http://127.0.0.1:" + this.server.getAddress().getPort(), (user) -> "token-of-" + user,
				this.stored::get, (name, schema) -> null);
	}

	private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private static final String PROBLEM = "{\"type\":\"https://coopemploi.com/problems/validation\",\"title\":\"Requête invalide\",\"status\":400}";

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void findsTheOperationsWithAJsonBody() throws IOException {
		assertThat(serving((exchange, body) -> reply(exchange, 400, "application/problem+json", PROBLEM)).operations())
			.containsExactly("PUT /api/things/{id}");
	}

	@Test
	void aServiceThatRefusesEveryHostileBodyAsProblemDetailsHolds() throws IOException {
		ApiFuzzer fuzzer = serving((exchange, body) -> reply(exchange, 400, "application/problem+json", PROBLEM));
		ApiFuzzer.Result result = fuzzer.run(42, Duration.ofSeconds(3));
		assertThat(result.requests()).isGreaterThan(20);
		assertThat(result.findings()).isEmpty();
	}

	@Test
	void aControlCharacterThatBreaksTheStoreIsFound() throws IOException {
		ApiFuzzer fuzzer = serving((exchange, body) -> {
			if (body.matches("(?s).*\\\\u00[01][0-9A-Fa-f].*")) {
				reply(exchange, 500, "application/problem+json", "{\"type\":\"about:blank\",\"title\":\"Erreur\"}");
			}
			else {
				reply(exchange, 400, "application/problem+json", PROBLEM);
			}
		});
		ApiFuzzer.Result result = fuzzer.run(42, Duration.ofSeconds(5));
		assertThat(result.findings()).isNotEmpty().allSatisfy((finding) -> assertThat(finding).contains(": 500"));
	}

	@Test
	void aRefusalThatIsNotProblemDetailsIsFound() throws IOException {
		ApiFuzzer fuzzer = serving((exchange, body) -> reply(exchange, 400, "text/html", "<h1>Bad Request</h1>"));
		assertThat(fuzzer.run(42, Duration.ofSeconds(2)).findings()).isNotEmpty()
			.first()
			.asString()
			.contains("not problem+json");
	}

	@Test
	void aRefusalThatStoredSomethingIsFound() throws IOException {
		ApiFuzzer fuzzer = serving((exchange, body) -> {
			this.stored.incrementAndGet();
			reply(exchange, 400, "application/problem+json", PROBLEM);
		});
		assertThat(fuzzer.run(42, Duration.ofSeconds(2)).findings()).isNotEmpty()
			.first()
			.asString()
			.contains("the store grew");
	}

	@Test
	void theSameSeedSendsTheSameRequests() throws IOException {
		StringBuilder first = new StringBuilder();
		StringBuilder second = new StringBuilder();
		StringBuilder[] into = { first };
		ApiFuzzer fuzzer = serving((exchange, body) -> {
			into[0].append(exchange.getRequestHeaders().getFirst("Authorization")).append(body.length()).append(';');
			reply(exchange, 400, "application/problem+json", PROBLEM);
		});
		fuzzer.run(7, Duration.ofSeconds(30));
		into[0] = second;
		fuzzer.run(7, Duration.ofSeconds(30));
		assertThat(second.toString()).isEqualTo(first.toString()).isNotEmpty();
	}

}
