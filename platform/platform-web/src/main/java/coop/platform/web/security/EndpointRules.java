package coop.platform.web.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's access rules, one per endpoint. The platform adds health/info/OpenAPI
 * before them and denies everything after them, so an endpoint nobody wrote a rule for is
 * unreachable.
 */
@FunctionalInterface
public interface EndpointRules {

	void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);

}
