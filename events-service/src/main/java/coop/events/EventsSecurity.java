package coop.events;

import coop.platform.web.security.EndpointRules;
import coop.platform.web.security.Roles;

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
			.requestMatchers(HttpMethod.POST, "/api/events/public/events/*/registrations",
					"/api/events/public/registrations/by-token/*")
			.permitAll()
			// a personal calendar feed for whoever has an account; the rest of /me is the
			// entrepreneurs'
			.requestMatchers("/api/events/me/calendar-link", "/api/events/me/calendar-link/renew")
			.authenticated()
			.requestMatchers("/api/events/me/**", "/api/events/slots", "/api/events/slots/*/booking")
			.hasRole(Roles.ENTREPRENEUR)
			.requestMatchers("/api/events/coach/sessions", "/api/events/coach/sessions/**")
			.hasAnyRole(Roles.COACH, Roles.STAFF)
			.requestMatchers("/api/events/coach/**")
			.hasRole(Roles.COACH)
			.requestMatchers("/api/events/prescriber/**")
			.hasRole(Roles.PRESCRIBER)
			.requestMatchers("/api/events/staff/**")
			.hasRole(Roles.STAFF);
	}

}
