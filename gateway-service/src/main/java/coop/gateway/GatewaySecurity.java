package coop.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.security.web.server.util.matcher.IpAddressServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;

/**
 * The gateway as backend-for-frontend: OAuth2 login with Keycloak (authorization code +
 * PKCE), the tokens stay in the server-side session and the browser holds only an
 * HttpOnly session cookie; CSRF protection the React app can use (cookie
 * {@code XSRF-TOKEN}, header {@code X-XSRF-TOKEN}); logout ends the Keycloak session too.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurity {

	static final String REGISTRATION = "keycloak";

	/**
	 * Endpoints are given explicitly rather than discovered, so the gateway starts
	 * without waiting for Keycloak and can reach it at another address than browsers do.
	 */
	@Bean
	ReactiveClientRegistrationRepository clientRegistrations(GatewayProperties properties) {
		String browser = properties.issuerUri() + "/protocol/openid-connect";
		String internal = properties.internalRealmUrl() + "/protocol/openid-connect";
		ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION)
			.clientName("Keycloak")
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			.authorizationUri(browser + "/auth")
			.tokenUri(internal + "/token")
			.jwkSetUri(internal + "/certs")
			.userInfoUri(internal + "/userinfo")
			.userNameAttributeName("preferred_username")
			.issuerUri(properties.issuerUri())
			.providerConfigurationMetadata(Map.of("end_session_endpoint", browser + "/logout"))
			.build();
		return new InMemoryReactiveClientRegistrationRepository(keycloak);
	}

	@Value("${coop.metrics.allowed-addresses:127.0.0.1/32,::1/128}")
	private List<String> metricsAddresses;

	private Mono<Boolean> fromMachine(ServerWebExchange exchange) {
		return Flux.fromIterable(this.metricsAddresses)
			.map((allowed) -> new IpAddressServerWebExchangeMatcher(allowed.strip()))
			.concatMap((matcher) -> matcher.matches(exchange))
			.any(ServerWebExchangeMatcher.MatchResult::isMatch);
	}

	@Bean
	SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http,
			ReactiveClientRegistrationRepository registrations,
			@Value("${server.reactive.session.cookie.name:SESSION}") String sessionCookie) {
		DefaultServerOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultServerOAuth2AuthorizationRequestResolver(
				registrations);
		authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());

		OidcClientInitiatedServerLogoutSuccessHandler logoutSuccess = new OidcClientInitiatedServerLogoutSuccessHandler(
				registrations);
		logoutSuccess.setPostLogoutRedirectUri("{baseUrl}/");

		http.securityContextRepository(new SessionSecurityContexts(sessionCookie));
		http.requestCache((cache) -> cache.requestCache(new SessionRequestCache(sessionCookie)));
		http.authorizeExchange((exchanges) -> exchanges
			.pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			// metrics: for the machine's Prometheus only
			// (coop.metrics.allowed-addresses)
			.pathMatchers("/actuator/prometheus")
			.access((authentication, context) -> fromMachine(context.getExchange()).map(AuthorizationDecision::new))
			.pathMatchers("/actuator/**")
			.denyAll()
			.pathMatchers("/api/*/public/**")
			.permitAll()
			.pathMatchers("/api/**")
			.authenticated()
			// pages, assets and /bff/user: the UI decides what to show to whom,
			// the APIs enforce it
			.anyExchange()
			.permitAll());
		http.oauth2Login((login) -> login.authorizationRequestResolver(authorizationRequests)
			.authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/intranet")));
		http.logout((logout) -> logout.logoutSuccessHandler(logoutSuccess));
		ServerAccessDeniedHandler denied = (exchange, ex) -> problem(exchange, HttpStatus.FORBIDDEN, "forbidden",
				"Accès refusé", "Cette action n'est pas autorisée. Rechargez la page puis recommencez.");
		http.csrf((csrf) -> csrf.csrfTokenRepository(new CsrfCookie())
			.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
			.requireCsrfProtectionMatcher(csrfProtected())
			.accessDeniedHandler(denied));
		http.exceptionHandling(
				(handling) -> handling.authenticationEntryPoint(entryPoint()).accessDeniedHandler(denied));
		http.headers((headers) -> headers
			.referrerPolicy((referrer) -> referrer
				.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicy((permissions) -> permissions
				.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"))
			// HSTS is sent on https requests only (behind the reverse proxy): a year,
			// subdomains included
			// (the page cache writes the same on the pages it answers: PageCache.HSTS)
			.hsts((hsts) -> hsts.maxAge(java.time.Duration.ofDays(365)).includeSubdomains(true)));
		return http.build();
	}

	/**
	 * Every unsafe request but the one-click unsubscribe of the e-mails (RFC 8058): a
	 * mail client posts it without cookie or token; the signed link in its address is
	 * what authorises it, and it only ever stops e-mails.
	 */
	private static ServerWebExchangeMatcher csrfProtected() {
		ServerWebExchangeMatcher oneClick = ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST,
				"/api/notifications/public/email-preferences/unsubscribe");
		return new AndServerWebExchangeMatcher(CsrfWebFilter.DEFAULT_CSRF_MATCHER,
				new NegatedServerWebExchangeMatcher(oneClick));
	}

	/**
	 * API calls without a session get 401 problem+json; a page needing login goes to the
	 * Keycloak login.
	 */
	private static ServerAuthenticationEntryPoint entryPoint() {
		ServerAuthenticationEntryPoint api = (exchange, ex) -> problem(exchange, HttpStatus.UNAUTHORIZED,
				"unauthenticated", "Connexion nécessaire", "Connectez-vous pour accéder à cette ressource.");
		DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
				new DelegatingServerAuthenticationEntryPoint.DelegateEntry(
						ServerWebExchangeMatchers.pathMatchers("/api/**", "/bff/**", "/actuator/**"), api));
		entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(
				URI.create("/oauth2/authorization/" + REGISTRATION).toString()));
		return entryPoint;
	}

	/**
	 * The same problem+json shape as the services', for what the gateway itself refuses.
	 */
	static Mono<Void> problem(ServerWebExchange exchange, HttpStatus status, String slug, String title, String detail) {
		var response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		String body = """
				{"type":"https://coopemploi.com/problems/%s","title":"%s","status":%d,"detail":"%s","instance":"%s"}"""
			.formatted(slug, title, status.value(), detail,
					exchange.getRequest().getPath().value().replaceAll("[\"\\\\]", ""));
		DataBuffer buffer = response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
		return response.writeWith(Mono.just(buffer));
	}

	/**
	 * Who is logged in, kept in the session as Spring does
	 * ({@link WebSessionServerSecurityContextRepository}), but a request without the
	 * session cookie is not looked up: its session could only be a new, empty one, a
	 * visitor's. Making that session object costs two thread hand-offs (Spring Session's
	 * Redis repository draws its id on the bounded-elastic scheduler, then moves to the
	 * parallel one) and the rest of the request (authorization, routing) then ran on
	 * those threads: most of the gateway's own time for an anonymous API call
	 * (bench/search). A request with the cookie, a login and a logout use the session
	 * exactly as before.
	 */
	static final class SessionSecurityContexts implements ServerSecurityContextRepository {

		private final ServerSecurityContextRepository sessions = new WebSessionServerSecurityContextRepository();

		private final String sessionCookie;

		SessionSecurityContexts(String sessionCookie) {
			this.sessionCookie = sessionCookie;
		}

		@Override
		public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
			return this.sessions.save(exchange, context);
		}

		@Override
		public Mono<SecurityContext> load(ServerWebExchange exchange) {
			return hasSession(exchange.getRequest(), this.sessionCookie) ? this.sessions.load(exchange) : Mono.empty();
		}

	}

	/**
	 * The request saved in the session before a login, as Spring keeps it
	 * ({@link WebSessionServerRequestCache}), not looked for in a request without the
	 * session cookie, which can have none (see {@link SessionSecurityContexts}: Spring's
	 * filter asked every request's session for it).
	 */
	static final class SessionRequestCache implements ServerRequestCache {

		private final ServerRequestCache sessions = new WebSessionServerRequestCache();

		private final String sessionCookie;

		SessionRequestCache(String sessionCookie) {
			this.sessionCookie = sessionCookie;
		}

		@Override
		public Mono<Void> saveRequest(ServerWebExchange exchange) {
			return this.sessions.saveRequest(exchange);
		}

		@Override
		public Mono<URI> getRedirectUri(ServerWebExchange exchange) {
			return hasSession(exchange.getRequest(), this.sessionCookie) ? this.sessions.getRedirectUri(exchange)
					: Mono.empty();
		}

		@Override
		public Mono<ServerHttpRequest> removeMatchingRequest(ServerWebExchange exchange) {
			return hasSession(exchange.getRequest(), this.sessionCookie) ? this.sessions.removeMatchingRequest(exchange)
					: Mono.empty();
		}

	}

	private static boolean hasSession(ServerHttpRequest request, String sessionCookie) {
		return request.getCookies().containsKey(sessionCookie);
	}

	/**
	 * The CSRF token in the cookie {@code XSRF-TOKEN} that JavaScript reads (Spring's
	 * {@link CookieServerCsrfTokenRepository}), but a new token is drawn on the request's
	 * own thread. Spring draws it on the bounded-elastic scheduler, and the rest of the
	 * request (security filters, session, routing) then ran there too: a thread hand-off
	 * and about half a millisecond of CPU for every request without the cookie (first
	 * visits, crawlers, API clients; bench/search). {@link UUID#randomUUID()} reads the
	 * JDK's default SecureRandom, which on Linux takes its bytes from
	 * {@code /dev/urandom} and does not block.
	 */
	static final class CsrfCookie implements ServerCsrfTokenRepository {

		static final String HEADER = "X-XSRF-TOKEN";

		static final String PARAMETER = "_csrf";

		private final CookieServerCsrfTokenRepository cookie = CookieServerCsrfTokenRepository.withHttpOnlyFalse();

		CsrfCookie() {
			this.cookie.setHeaderName(HEADER);
			this.cookie.setParameterName(PARAMETER);
		}

		@Override
		public Mono<CsrfToken> generateToken(ServerWebExchange exchange) {
			return Mono.fromSupplier(() -> new DefaultCsrfToken(HEADER, PARAMETER, UUID.randomUUID().toString()));
		}

		@Override
		public Mono<Void> saveToken(ServerWebExchange exchange, CsrfToken token) {
			return this.cookie.saveToken(exchange, token);
		}

		@Override
		public Mono<CsrfToken> loadToken(ServerWebExchange exchange) {
			return this.cookie.loadToken(exchange);
		}

	}

	/**
	 * Makes sure the CSRF cookie is written on every response, so the React app has a
	 * token before its first POST; except on the page cache's own fetches, whose answers
	 * are shared by every visitor (a page from the cache carries no cookie: the web UI
	 * asks for one before it posts).
	 */
	@Bean
	WebFilter csrfCookieFilter() {
		return (exchange, chain) -> {
			Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
			return (token != null && exchange.getAttribute(PageCache.FILLING) == null)
					? token.then(chain.filter(exchange)) : chain.filter(exchange);
		};
	}

}
