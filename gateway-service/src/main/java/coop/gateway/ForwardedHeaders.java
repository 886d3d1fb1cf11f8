package coop.gateway;

import java.net.InetSocketAddress;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;

/**
 * Believes {@code Forwarded} and {@code X-Forwarded-*} headers only when the connection
 * comes from one of {@code coop.gateway.trusted-proxies} (the coop's reverse proxy):
 * anybody else could send a new address with each request and never be rate-limited, or
 * change the scheme and host of the login's redirect. From a trusted proxy, the client is
 * the right-most address of {@code X-Forwarded-For} that is not itself a trusted proxy
 * (what a client wrote on the left is not believed); from anyone else the headers are
 * removed and the connection's address counts.
 */
@Component
class ForwardedHeaders implements WebFilter, Ordered {

	/**
	 * @param trustedProxies addresses or CIDR ranges of the reverse proxies (none by
	 * default)
	 */
	@ConfigurationProperties("coop.gateway.forwarded")
	record Settings(List<String> trustedProxies) {
		Settings {
			trustedProxies = (trustedProxies != null) ? trustedProxies.stream().filter((p) -> !p.isBlank()).toList()
					: List.of();
		}
	}

	private final List<Range> proxies;

	private final ForwardedHeaderTransformer apply = new ForwardedHeaderTransformer();

	private final ForwardedHeaderTransformer remove = new ForwardedHeaderTransformer();

	ForwardedHeaders(Settings settings) {
		this.proxies = settings.trustedProxies().stream().map(String::trim).map(Range::parse).toList();
		this.remove.setRemoveOnly(true);
	}

	@Override
	public int getOrder() {
		// before the rate limits and Spring Security, which read the client and the URL
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote == null || !isTrusted(remote.getHostString())) {
			return chain.filter(exchange.mutate().request(this.remove.apply(request)).build());
		}
		InetSocketAddress client = client(request.getHeaders().get("X-Forwarded-For"), remote);
		ServerHttpRequest forwarded = this.apply.apply(request).mutate().remoteAddress(client).build();
		return chain.filter(exchange.mutate().request(forwarded).build());
	}

	private InetSocketAddress client(List<String> headers, InetSocketAddress proxy) {
		if (headers == null) {
			return proxy;
		}
		List<String> hops = headers.stream()
			.flatMap((header) -> java.util.Arrays.stream(header.split(",")))
			.map(String::trim)
			.filter((hop) -> !hop.isEmpty())
			.toList();
		for (int i = hops.size() - 1; i >= 0; i--) {
			String hop = hops.get(i);
			if (!isAddress(hop)) {
				// garbage where an address was expected: what is left of it is not
				// believed
				break;
			}
			if (i == 0 || !isTrusted(hop)) {
				return InetSocketAddress.createUnresolved(hop, proxy.getPort());
			}
		}
		return proxy;
	}

	private boolean isTrusted(String address) {
		if (!isAddress(address)) {
			return false;
		}
		try {
			return this.proxies.stream().anyMatch((proxy) -> proxy.contains(address));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** An address or a CIDR range, IPv4 or IPv6. */
	record Range(byte[] network, int bits) {

		static Range parse(String text) {
			String[] parts = text.split("/", 2);
			if (!isAddress(parts[0])) {
				throw new IllegalArgumentException("Not an IP address or CIDR range: " + text);
			}
			byte[] network = bytes(parts[0]);
			int bits = (parts.length == 2) ? Integer.parseInt(parts[1]) : network.length * 8;
			return new Range(network, bits);
		}

		boolean contains(String address) {
			byte[] candidate = bytes(address);
			if (candidate.length != this.network.length) {
				return false;
			}
			for (int bit = 0; bit < this.bits; bit++) {
				int mask = 0x80 >> (bit % 8);
				if ((candidate[bit / 8] & mask) != (this.network[bit / 8] & mask)) {
					return false;
				}
			}
			return true;
		}

		private static byte[] bytes(String literal) {
			try {
				// a literal (checked by isAddress): no name is resolved
				return java.net.InetAddress.getByName(literal).getAddress();
			}
			catch (java.net.UnknownHostException ex) {
				throw new IllegalArgumentException("Not an IP address: " + literal, ex);
			}
		}

	}

	private static boolean isAddress(String text) {
		// an IPv4 or IPv6 literal only: never a name to resolve
		if (text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
			return java.util.Arrays.stream(text.split("\\.")).allMatch((octet) -> Integer.parseInt(octet) <= 255);
		}
		return text.contains(":") && text.matches("[0-9a-fA-F:.]{2,45}");
	}

}
