package coop.gateway;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

/**
 * Ends the browser's session when a service refuses the token the gateway relayed (401):
 * the account was deactivated, or Keycloak no longer knows the session. The React app
 * then sees a visitor at once ({@code /bff/user}) instead of a login that opens nothing.
 */
@Component
class EndedSessions implements GlobalFilter, Ordered {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		exchange.getResponse().beforeCommit(() -> {
			if (exchange.getResponse().getStatusCode() != HttpStatus.UNAUTHORIZED) {
				return Mono.empty();
			}
			return exchange.getSession()
				.filter((session) -> session.isStarted() && !session.getAttributes().isEmpty())
				.flatMap(WebSession::invalidate);
		});
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
