package coop.gateway;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Limits how often one client address may post a public form or start a login: a fixed
 * one-minute window counted in Redis, so that every gateway replica counts the same. If
 * Redis is unreachable the request goes through: a flood guard must not take the site
 * down.
 */
@Component
class RateLimits implements WebFilter, Ordered {

	private static final Log logger = LogFactory.getLog(RateLimits.class);

	@ConfigurationProperties("coop.rate-limits")
	record Settings(int publicPostsPerMinute, int loginsPerMinute) {
	}

	private final ServerWebExchangeMatcher publicPosts = ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST,
			"/api/*/public/**");

	private final ServerWebExchangeMatcher logins = ServerWebExchangeMatchers.pathMatchers("/oauth2/authorization/**",
			"/login/oauth2/code/**");

	private final ReactiveStringRedisTemplate redis;

	private final Settings settings;

	private final Clock clock;

	RateLimits(ReactiveStringRedisTemplate redis, Settings settings) {
		this.redis = redis;
		this.settings = settings;
		this.clock = Clock.systemUTC();
	}

	@Override
	public int getOrder() {
		// before Spring Security, so that a flood of logins never reaches Keycloak
		return -200;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return this.publicPosts.matches(exchange).flatMap((posts) -> {
			if (posts.isMatch()) {
				return limit(exchange, chain, "public-post", this.settings.publicPostsPerMinute());
			}
			return this.logins.matches(exchange)
				.flatMap((login) -> login.isMatch() ? limit(exchange, chain, "login", this.settings.loginsPerMinute())
						: chain.filter(exchange));
		});
	}

	private Mono<Void> limit(ServerWebExchange exchange, WebFilterChain chain, String bucket, int perMinute) {
		long minute = this.clock.millis() / 60_000;
		String key = "coop:rate:" + bucket + ":" + client(exchange) + ":" + minute;
		return this.redis.opsForValue()
			.increment(key)
			.flatMap((count) -> (count == 1) ? this.redis.expire(key, Duration.ofSeconds(120)).thenReturn(count)
					: Mono.just(count))
			.onErrorResume((ex) -> {
				logger.warn("Rate limit not checked (Redis unreachable): " + ex.getMessage());
				return Mono.just(0L);
			})
			.flatMap((count) -> {
				if (count > perMinute) {
					exchange.getResponse().getHeaders().set("Retry-After", "60");
					return GatewaySecurity.problem(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
							"Trop de demandes",
							"Vous avez envoyé beaucoup de demandes en peu de temps. Patientez une minute puis recommencez.");
				}
				return chain.filter(exchange);
			});
	}

	/**
	 * The client's address: the proxy's {@code X-Forwarded-For} once Spring has applied
	 * it (an unresolved address, hence the host string), else the connection's.
	 */
	static String client(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		return (remote != null && remote.getHostString() != null) ? remote.getHostString() : "unknown";
	}

}
