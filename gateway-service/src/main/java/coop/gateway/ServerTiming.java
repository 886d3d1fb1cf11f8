package coop.gateway;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyRoutingFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Where the time of an answer goes, told in {@code Server-Timing} (browsers' developer
 * tools show it, benchmarks read it): {@code gateway} from the request's arrival until
 * its answer starts, split for a routed request into {@code chain} (the gateway's own
 * filters: forwarded headers, rate limits, security, session) and {@code upstream} (until
 * the service or the web UI answered, their own {@code Server-Timing} entries passed
 * along), and {@code cache} (the page cache's hit, stale, miss or bypass).
 */
@Component
class ServerTiming implements WebFilter, Ordered {

	static final String HEADER = "Server-Timing";

	private static final String STARTED = ServerTiming.class.getName() + ".started";

	private static final String ROUTED = ServerTiming.class.getName() + ".routed";

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long started = System.nanoTime();
		exchange.getAttributes().put(STARTED, started);
		exchange.getResponse().beforeCommit(() -> {
			if (exchange.getAttribute(PageCache.FILLING) != null) {
				// the page cache's own fetch: the visitor's answer carries the timing
				return Mono.empty();
			}
			long now = System.nanoTime();
			StringBuilder timing = new StringBuilder("gateway;dur=").append(millis(now - started));
			Long routed = exchange.getAttribute(ROUTED);
			if (routed != null) {
				timing.append(", chain;dur=")
					.append(millis(routed - started))
					.append(", upstream;dur=")
					.append(millis(now - routed));
			}
			exchange.getResponse().getHeaders().add(HEADER, timing.toString());
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	/** Adds an entry without duration, e.g. {@code cache;desc="hit"}. */
	static void describe(ServerWebExchange exchange, String name, String description) {
		exchange.getResponse().getHeaders().add(HEADER, name + ";desc=\"" + description + "\"");
	}

	/** Milliseconds with one decimal, without the cost of a formatter on every answer. */
	static String millis(long nanos) {
		long tenths = Math.max(0, (nanos + 50_000) / 100_000);
		return (tenths / 10) + "." + (tenths % 10);
	}

	/**
	 * Notes when a request leaves the gateway's own filters for the service or the web
	 * UI.
	 */
	@Component
	static class Routed implements GlobalFilter, Ordered {

		@Override
		public int getOrder() {
			// just before the request is sent
			return NettyRoutingFilter.ORDER - 1;
		}

		@Override
		public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
			exchange.getAttributes().put(ROUTED, System.nanoTime());
			return chain.filter(exchange);
		}

	}

}
