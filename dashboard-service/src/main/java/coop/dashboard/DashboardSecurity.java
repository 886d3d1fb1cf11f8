package coop.dashboard;

import coop.platform.web.security.EndpointRules;
import coop.platform.web.security.Roles;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what. An entrepreneur reads only their own dashboard (the subject of the
 * token decides whose); the cooperative's anonymous figures are public, for funders and
 * partners.
 */
@Configuration(proxyBeanMethods = false)
class DashboardSecurity {

	@Bean
	EndpointRules dashboardRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/dashboard/public/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/dashboard/me")
			.hasRole(Roles.ENTREPRENEUR)
			.requestMatchers(HttpMethod.GET, "/api/dashboard/coach/entrepreneurs")
			.hasRole(Roles.COACH)
			.requestMatchers(HttpMethod.GET, "/api/dashboard/entrepreneurs/*")
			.hasAnyRole(Roles.COACH, Roles.STAFF)
			.requestMatchers(HttpMethod.GET, "/api/dashboard/staff/entrepreneurs")
			.hasRole(Roles.STAFF)
			.requestMatchers(HttpMethod.GET, "/api/dashboard/alert-settings")
			.hasAnyRole(Roles.COACH, Roles.STAFF)
			.requestMatchers(HttpMethod.PUT, "/api/dashboard/alert-settings")
			.hasRole(Roles.STAFF)
			.requestMatchers(HttpMethod.POST, "/api/dashboard/imports")
			.hasRole(Roles.STAFF)
			.requestMatchers(HttpMethod.GET, "/api/dashboard/imports", "/api/dashboard/imports/*")
			.hasRole(Roles.STAFF);
	}

}
