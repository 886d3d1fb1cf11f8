package coop.members;

import coop.platform.web.security.EndpointRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what. Showcases and antennas are public.
 */
@Configuration(proxyBeanMethods = false)
class MembersSecurity {

	@Bean
	EndpointRules membersRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/members/public/**").permitAll();
	}

}
