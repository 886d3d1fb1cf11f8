package coop.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Gives the session the realm roles the access token carries (Keycloak puts them there,
 * not in the ID token), so the UI can show what each role can do. The services do not
 * rely on this: they read the relayed token themselves.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakRoles {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Bean
	ReactiveOAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
		OidcReactiveOAuth2UserService delegate = new OidcReactiveOAuth2UserService();
		return (request) -> delegate.loadUser(request).map((user) -> {
			Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
			roles(request.getAccessToken().getTokenValue())
				.forEach((role) -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
			return (OidcUser) new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(),
					"preferred_username");
		}).switchIfEmpty(Mono.empty());
	}

	/**
	 * Reads the roles from the token's payload. The token came straight from Keycloak
	 * over the back channel, in the response the ID token was verified from, so its
	 * content is trusted here.
	 */
	static List<String> roles(String accessToken) {
		String[] parts = accessToken.split("\\.");
		if (parts.length < 2) {
			return List.of();
		}
		JsonNode payload = json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
		JsonNode roles = payload.path("realm_access").path("roles");
		return roles.isArray() ? roles.valueStream().map(JsonNode::asString).toList() : List.of();
	}

}
