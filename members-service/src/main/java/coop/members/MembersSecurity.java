package coop.members;

import coop.platform.web.security.EndpointRules;
import coop.platform.web.security.Roles;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what. Showcases, antennas and organisations are public; accounts are
 * staff's; each person reads their own file; a coach lists the entrepreneurs they follow.
 */
@Configuration(proxyBeanMethods = false)
class MembersSecurity {

	@Bean
	EndpointRules membersRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/members/public/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/members/me")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/api/members/coach/entrepreneurs")
			.hasRole(Roles.COACH)
			.requestMatchers("/api/members/staff/**")
			.hasRole(Roles.STAFF);
	}

}
