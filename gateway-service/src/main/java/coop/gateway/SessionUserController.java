package coop.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the React app who is logged in (never the tokens themselves), and whether they
 * are staff of the head office, who manage every antenna: the screens then offer only
 * what the services will accept.
 */
@RestController
class SessionUserController {

	private final String headOffice;

	SessionUserController(@Value("${coop.head-office-antenna:seynod}") String headOffice) {
		this.headOffice = headOffice;
	}

	@GetMapping("/bff/user")
	Mono<ResponseEntity<Map<String, Object>>> user(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.filter((principal) -> principal instanceof Authentication auth && auth.getPrincipal() instanceof OidcUser)
			.map((principal) -> describe((Authentication) principal))
			.defaultIfEmpty(Map.of("authenticated", false))
			.map((body) -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body));
	}

	private Map<String, Object> describe(Authentication authentication) {
		OidcUser user = (OidcUser) authentication.getPrincipal();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("authenticated", true);
		body.put("subject", user.getSubject());
		body.put("username", user.getPreferredUsername());
		body.put("name", user.getFullName());
		body.put("email", user.getEmail());
		List<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring(5))
			.sorted()
			.toList();
		body.put("roles", roles);
		List<String> claimed = user.getClaimAsStringList("antennas");
		// group paths (/antennes/<code>) or plain codes, as the mapper is set
		List<String> antennas = (claimed != null)
				? claimed.stream().map((name) -> name.substring(name.lastIndexOf('/') + 1)).toList() : List.of();
		body.put("antennas", antennas);
		body.put("managesEveryAntenna",
				roles.contains("staff") && (antennas.isEmpty() || antennas.contains(this.headOffice)));
		return body;
	}

}
