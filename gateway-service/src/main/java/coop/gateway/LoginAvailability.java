package coop.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Before a login starts, checks that it can end: Keycloak answers (the gateway reaches
 * its realm) and Redis answers (where the session will be kept). When either does not,
 * the visitor is told why in French (a 503 page for a browser, problem+json otherwise)
 * instead of being sent to a Keycloak page that never loads or getting an error once the
 * session cannot be saved; the public site keeps working meanwhile.
 */
@Component
class LoginAvailability implements WebFilter, Ordered {

	static final String KEYCLOAK_DOWN = "La connexion à l'intranet est momentanément indisponible : le service "
			+ "d'identification ne répond pas. Le site public reste accessible ; réessayez dans quelques minutes.";

	static final String SESSIONS_DOWN = "La connexion à l'intranet est momentanément indisponible : les sessions "
			+ "ne peuvent pas être enregistrées. Le site public reste accessible ; réessayez dans quelques minutes.";

	private static final Log logger = LogFactory.getLog(LoginAvailability.class);

	private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(2);

	private final ServerWebExchangeMatcher loginStart = ServerWebExchangeMatchers
		.pathMatchers("/oauth2/authorization/**");

	private final ReactiveStringRedisTemplate redis;

	private final WebClient keycloak;

	private final String realm;

	LoginAvailability(ReactiveStringRedisTemplate redis, GatewayProperties properties) {
		this.redis = redis;
		this.realm = properties.internalRealmUrl();
		this.keycloak = WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(reactor.netty.http.client.HttpClient.create()
				.option(io.netty.channel.ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) CHECK_TIMEOUT.toMillis())
				.responseTimeout(CHECK_TIMEOUT)))
			.build();
	}

	@Override
	public int getOrder() {
		// after the rate limits (a flood of logins never reaches Keycloak), before Spring
		// Security starts the login
		return -150;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return this.loginStart.matches(exchange).flatMap((login) -> {
			if (!login.isMatch()) {
				return chain.filter(exchange);
			}
			return keycloakAnswers().flatMap((keycloakUp) -> {
				if (!keycloakUp) {
					return unavailable(exchange, KEYCLOAK_DOWN);
				}
				return redisAnswers()
					.flatMap((redisUp) -> redisUp ? chain.filter(exchange) : unavailable(exchange, SESSIONS_DOWN));
			});
		});
	}

	private Mono<Boolean> keycloakAnswers() {
		return this.keycloak.get()
			.uri(this.realm)
			.retrieve()
			.toBodilessEntity()
			.map((response) -> response.getStatusCode().is2xxSuccessful())
			.timeout(CHECK_TIMEOUT)
			.onErrorResume((ex) -> {
				logger.warn("Login refused, Keycloak does not answer: " + ex.getMessage());
				return Mono.just(false);
			});
	}

	private Mono<Boolean> redisAnswers() {
		return this.redis.execute((connection) -> connection.ping())
			.next()
			.map((pong) -> true)
			.timeout(CHECK_TIMEOUT)
			.onErrorResume((ex) -> {
				logger.warn("Login refused, Redis does not answer: " + ex.getMessage());
				return Mono.just(false);
			})
			.defaultIfEmpty(false);
	}

	/**
	 * A French 503: a page for a browser's navigation, problem+json for anything else.
	 */
	private static Mono<Void> unavailable(ServerWebExchange exchange, String detail) {
		exchange.getResponse().getHeaders().set("Retry-After", "60");
		exchange.getResponse().getHeaders().setCacheControl("no-store");
		boolean browser = exchange.getRequest()
			.getHeaders()
			.getAccept()
			.stream()
			.anyMatch((type) -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
		if (!browser) {
			return GatewaySecurity.problem(exchange, HttpStatus.SERVICE_UNAVAILABLE, "login-unavailable",
					"Connexion indisponible", detail);
		}
		var response = exchange.getResponse();
		response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
		response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
		String page = """
				<!DOCTYPE html>
				<html lang="fr">
				<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Connexion momentanément indisponible</title></head>
				<body><main><h1>Connexion momentanément indisponible</h1><p>%s</p>
				<p><a href="/">Revenir à l'accueil</a></p></main></body>
				</html>
				""".formatted(detail);
		DataBuffer buffer = response.bufferFactory().wrap(page.getBytes(StandardCharsets.UTF_8));
		return response.writeWith(Mono.just(buffer));
	}

}
