package coop.platform.web.security;

import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Maps a Keycloak access token to an authentication: realm roles become
 * {@code ROLE_<role>} authorities, the principal name is the subject.
 */
public class KeycloakJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		List<SimpleGrantedAuthority> authorities = CurrentUser.realmRoles(jwt)
			.stream()
			.map((role) -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
		return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
	}

}
