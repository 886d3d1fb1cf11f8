package coop.gateway;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.InMemoryWebSessionStore;
import org.springframework.web.server.session.WebSessionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor's request (no session cookie) never makes the gateway build a session, which
 * cost two thread hand-offs per request; one with the cookie reads it as before.
 */
class VisitorSessionTests {

	private static final String COOKIE = "COOP_SESSION";

	private final WebSession session = new InMemoryWebSessionStore().createWebSession().block();

	private final AtomicInteger sessionsAsked = new AtomicInteger();

	/**
	 * Counts the sessions really read (the exchange asks its manager for one up front).
	 */
	private final WebSessionManager sessions = (exchange) -> Mono.fromSupplier(() -> {
		this.sessionsAsked.incrementAndGet();
		return this.session;
	});

	@Test
	void aVisitorsRequestIsNeverLookedUpInTheSessions() {
		MockServerWebExchange visitor = exchange(MockServerHttpRequest.get("/api/resources/public/search?q=cape"));

		assertThat(new GatewaySecurity.SessionSecurityContexts(COOKIE).load(visitor).block()).isNull();
		assertThat(new GatewaySecurity.SessionRequestCache(COOKIE).removeMatchingRequest(visitor).block()).isNull();
		assertThat(new GatewaySecurity.SessionRequestCache(COOKIE).getRedirectUri(visitor).block()).isNull();
		assertThat(this.sessionsAsked).hasValue(0);
	}

	@Test
	void aRequestWithTheSessionCookieReadsWhoIsLoggedInFromItsSession() {
		SecurityContext marie = new SecurityContextImpl(
				new TestingAuthenticationToken("marie", null, "ROLE_entrepreneur"));
		this.session.getAttributes()
			.put(WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME, marie);
		MockServerWebExchange loggedIn = exchange(
				MockServerHttpRequest.get("/api/dashboard/me").cookie(new HttpCookie(COOKIE, "s1")));

		assertThat(new GatewaySecurity.SessionSecurityContexts(COOKIE).load(loggedIn).block()).isSameAs(marie);
		assertThat(this.sessionsAsked).hasValue(1);
	}

	@Test
	void aLoginSavesWhoLoggedInIntoTheSession() {
		SecurityContext marie = new SecurityContextImpl(
				new TestingAuthenticationToken("marie", null, "ROLE_entrepreneur"));
		MockServerWebExchange login = exchange(MockServerHttpRequest.get("/login/oauth2/code/keycloak"));

		new GatewaySecurity.SessionSecurityContexts(COOKIE).save(login, marie).block();

		assertThat(this.session.getAttributes())
			.containsEntry(WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME, marie);
	}

	private MockServerWebExchange exchange(MockServerHttpRequest.BaseBuilder<?> request) {
		return MockServerWebExchange.builder(request.build()).sessionManager(this.sessions).build();
	}

}
