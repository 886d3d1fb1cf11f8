package coop.platform.web.security;

import java.util.List;

import coop.platform.messaging.accounts.DeactivatedAccounts;
import coop.platform.web.problem.ProblemResponseWriter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Security of a domain service: a stateless resource server of the realm (tokens checked
 * against the issuer's keys, issuer and audience), errors as problem+json, and the
 * service's {@link EndpointRules} between the platform's public endpoints and a final
 * deny-all.
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@ConditionalOnWebApplication(type = Type.SERVLET)
@EnableMethodSecurity
public class ResourceServerSecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ProblemResponseWriter problemResponseWriter(JsonMapper jsonMapper) {
		return new ProblemResponseWriter(jsonMapper);
	}

	@Bean
	@ConditionalOnMissingBean
	KeycloakJwtConverter keycloakJwtConverter() {
		return new KeycloakJwtConverter();
	}

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, ObjectProvider<EndpointRules> serviceRules,
			ProblemResponseWriter problems, KeycloakJwtConverter converter,
			ObjectProvider<DeactivatedAccounts> deactivatedAccounts,
			@Value("${coop.metrics.allowed-addresses:127.0.0.1/32,::1/128}") List<String> metricsAddresses) {
		List<IpAddressMatcher> machine = metricsAddresses.stream()
			.map(String::strip)
			.map(IpAddressMatcher::new)
			.toList();
		http.authorizeHttpRequests((rules) -> {
			rules.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
			// metrics: for the machine's Prometheus only, never through the gateway
			rules.requestMatchers("/actuator/prometheus")
				.access((authentication, context) -> new AuthorizationDecision(
						machine.stream().anyMatch((matcher) -> matcher.matches(context.getRequest()))));
			rules.requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll();
			rules.requestMatchers("/error").permitAll();
			serviceRules.orderedStream().forEach((service) -> service.configure(rules));
			rules.anyRequest().denyAll();
		});
		http.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(converter))
			.authenticationEntryPoint(problems.authenticationEntryPoint())
			.accessDeniedHandler(problems.accessDeniedHandler()));
		http.exceptionHandling((handling) -> handling.authenticationEntryPoint(problems.authenticationEntryPoint())
			.accessDeniedHandler(problems.accessDeniedHandler()));
		http.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		// Bearer tokens are not sent automatically by browsers; CSRF is handled at the
		// gateway, which holds the session.
		http.csrf((csrf) -> csrf.disable());
		http.requestCache((cache) -> cache.disable());
		DeactivatedAccounts accounts = deactivatedAccounts.getIfAvailable();
		if (accounts != null) {
			http.addFilterAfter(new DeactivatedAccountFilter(accounts::isDeactivated, problems),
					BearerTokenAuthenticationFilter.class);
		}
		return http.build();
	}

	@Bean
	WebMvcConfigurer currentUserResolver() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CurrentUserArgumentResolver());
			}
		};
	}

}
