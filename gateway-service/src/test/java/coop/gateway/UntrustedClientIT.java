package coop.gateway;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import coop.platform.test.TestServers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no trusted proxy (the default, as locally), a client that forges
 * {@code X-Forwarded-*} headers changes neither its rate-limit bucket nor the address the
 * login sends the browser back to.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "eureka.client.enabled=false",
		"spring.cloud.discovery.enabled=false", "coop.rate-limits.public-posts-per-minute=3" })
class UntrustedClientIT {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.redis().register(registry);
		TestServers.rabbit().register(registry);
	}

	@Value("${local.server.port}")
	int port;

	/**
	 * A client connecting from a loopback address of its own (all of 127/8 is this
	 * machine), so that its bucket is not the one of a platform running beside the test.
	 */
	WebTestClient clientFromItsOwnAddress() {
		java.util.Random random = new java.util.Random();
		InetSocketAddress own = new InetSocketAddress(
				"127.0." + (1 + random.nextInt(250)) + "." + (1 + random.nextInt(250)), 0);
		HttpClient http = HttpClient.create().bindAddress(() -> own);
		return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
			.baseUrl("http://127.0.0.1:" + this.port)
			.build();
	}

	@Test
	void aForgedForwardedForDoesNotGetANewBucket() {
		WebTestClient client = clientFromItsOwnAddress();
		String csrf = client.get()
			.uri("/bff/user")
			.exchange()
			.returnResult(Void.class)
			.getResponseCookies()
			.getFirst("XSRF-TOKEN")
			.getValue();
		String path = "/api/events/public/events/" + UUID.randomUUID() + "/registrations";
		int tooMany = 0;
		// a new address in every request: all count as the connection's own address
		for (int i = 0; i < 6; i++) {
			int status = client.post()
				.uri(path)
				.cookie("XSRF-TOKEN", csrf)
				.header("X-XSRF-TOKEN", csrf)
				.header("X-Forwarded-For", "203.0.113." + (10 + i))
				.header("Forwarded", "for=198.51.100." + (10 + i))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{}")
				.exchange()
				.returnResult(Void.class)
				.getStatus()
				.value();
			tooMany += (status == 429) ? 1 : 0;
		}
		// three a minute: the last three are refused
		assertThat(tooMany).isEqualTo(3);
	}

	@Test
	void aForgedHostDoesNotChangeWhereTheLoginComesBack() {
		URI location = clientFromItsOwnAddress().get()
			.uri("/oauth2/authorization/keycloak")
			.header("X-Forwarded-Host", "evil.example")
			.header("X-Forwarded-Proto", "https")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation();
		assertThat(location).isNotNull();
		assertThat(location.toString()).doesNotContain("evil.example");
	}

}
