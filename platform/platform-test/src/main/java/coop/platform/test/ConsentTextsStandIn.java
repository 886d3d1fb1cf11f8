package coop.platform.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A stand-in for events-service's consent texts ({@code GET
 * /api/events/public/consents}), for the integration tests of the services that check the
 * version a public form showed (platform-web's {@code ConsentsInForce}): one per test
 * JVM, found through the service registry's simple instances. Every purpose is at version
 * 1 until a test puts another one in force; it can also stop answering (503).
 */
public final class ConsentTextsStandIn {

	private static ConsentTextsStandIn started;

	private final HttpServer server;

	private final Map<String, Integer> versions = new ConcurrentHashMap<>();

	private volatile boolean answering = true;

	private ConsentTextsStandIn() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (String purpose : new String[] { "PUBLIC_REGISTRATION", "PRESCRIBED_REGISTRATION", "CONTACT_MESSAGE",
				"SHOWCASE_MESSAGE" }) {
			this.versions.put(purpose, 1);
		}
		this.server.createContext("/api/events/public/consents", (exchange) -> {
			byte[] body = (this.answering ? json() : "{\"status\":503}").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(this.answering ? 200 : 503, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
	}

	/** The stand-in of this test JVM, started at the first call. */
	public static synchronized ConsentTextsStandIn get() {
		if (started == null) {
			started = new ConsentTextsStandIn();
		}
		return started;
	}

	/** Makes the service under test find this stand-in as events-service. */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.cloud.discovery.client.simple.instances.events-service[0].uri",
				() -> "http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	/** The version of that purpose's text in force. */
	public int inForce(String purpose) {
		return this.versions.get(purpose);
	}

	/**
	 * Puts a version of that purpose's text in force, as events-service does at start.
	 */
	public void putInForce(String purpose, int version) {
		this.versions.put(purpose, version);
	}

	/** Whether it answers (otherwise 503, as an events-service restarting). */
	public void answering(boolean answering) {
		this.answering = answering;
	}

	private String json() {
		String current = this.versions.entrySet()
			.stream()
			.map((text) -> """
					{"id":"%s","purpose":"%s","version":%d,"statement":"J'accepte.","notice":"Vos droits.",\
					"publishedAt":"2026-12-01T08:00:00Z"}""".formatted(
					java.util.UUID
						.nameUUIDFromBytes((text.getKey() + text.getValue()).getBytes(StandardCharsets.UTF_8)),
					text.getKey(), text.getValue()))
			.collect(Collectors.joining(","));
		return "{\"current\":[" + current + "],\"history\":[" + current + "]}";
	}

}
