package coop.gateway;

import java.net.URI;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway answers before any service is involved: who is logged in, the CSRF
 * cookie, refusals as French problem+json, and a login that starts with PKCE.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "eureka.client.enabled=false", "spring.cloud.discovery.enabled=false" })
class GatewaySecurityTests {

	@Value("${local.server.port}")
	int port;

	WebTestClient client;

	@BeforeEach
	void client() {
		this.client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
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

}
