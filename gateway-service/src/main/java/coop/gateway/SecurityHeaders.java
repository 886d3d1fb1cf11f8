package coop.gateway;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * A Content-Security-Policy on every response that does not bring its own. The web UI
 * sets a stricter one on its pages, with a nonce for its scripts; API answers get one
 * that allows nothing.
 */
@Component
class SecurityHeaders implements WebFilter, Ordered {

	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

	static final String FALLBACK_POLICY = "default-src 'self'; script-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; frame-ancestors 'none'";

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.getResponse().beforeCommit(() -> {
			HttpHeaders headers = exchange.getResponse().getHeaders();
			if (!headers.containsHeader("Content-Security-Policy")) {
				boolean api = exchange.getRequest().getPath().value().startsWith("/api/")
						|| exchange.getRequest().getPath().value().startsWith("/bff/");
				headers.set("Content-Security-Policy", api ? API_POLICY : FALLBACK_POLICY);
			}
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

}
