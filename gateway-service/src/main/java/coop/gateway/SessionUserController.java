package coop.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the React app who is logged in (never the tokens themselves).
 */
@RestController
class SessionUserController {

	@GetMapping("/bff/user")
	Mono<ResponseEntity<Map<String, Object>>> user(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.filter((principal) -> principal instanceof Authentication auth && auth.getPrincipal() instanceof OidcUser)
			.map((principal) -> describe((Authentication) principal))
			.defaultIfEmpty(Map.of("authenticated", false))
			.map((body) -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body));
	}

	private static Map<String, Object> describe(Authentication authentication) {
		OidcUser user = (OidcUser) authentication.getPrincipal();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("authenticated", true);
		body.put("subject", user.getSubject());
		body.put("username", user.getPreferredUsername());
		body.put("name", user.getFullName());
		body.put("email", user.getEmail());
		body.put("roles",
				authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.filter((authority) -> authority.startsWith("ROLE_"))
					.map((authority) -> authority.substring(5))
					.sorted()
					.toList());
		List<String> antennas = user.getClaimAsStringList("antennas");
		body.put("antennas", (antennas != null) ? antennas : List.of());
		return body;
	}

}
