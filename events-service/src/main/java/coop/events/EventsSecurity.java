package coop.events;

import coop.platform.web.security.EndpointRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what. The public agenda and registration to an information meeting need no
 * account.
 */
@Configuration(proxyBeanMethods = false)
class EventsSecurity {

	@Bean
	EndpointRules eventsRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/events/public/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/events/public/events/*/registrations")
			.permitAll();
	}

}
