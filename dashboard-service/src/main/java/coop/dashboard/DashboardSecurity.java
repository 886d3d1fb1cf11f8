package coop.dashboard;

import coop.platform.web.security.EndpointRules;
import coop.platform.web.security.Roles;
import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what. An entrepreneur reads only their own dashboard (the subject of the
 * token decides whose); coaches and staff read those they follow or manage (checked by
 * {@code EntrepreneurAccess}); funders read anonymous figures only; the cooperative's
 * headline figures are public.
 */
@Configuration(proxyBeanMethods = false)
class DashboardSecurity {

	@Bean
	EndpointRules dashboardRules() {
		return (rules) -> rules
			// a live stream was authorised when it opened; its later dispatches write to
			// it
			.requestMatchers((request) -> request.getDispatcherType() == DispatcherType.ASYNC
					&& request.getRequestURI().endsWith("/live"))
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/dashboard/public/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/dashboard/me", "/api/dashboard/me/export.csv",
					"/api/dashboard/me/export.pdf", "/api/dashboard/me/live")
			.hasRole(Roles.ENTREPRENEUR)
			.requestMatchers(HttpMethod.GET, "/api/dashboard/coach/entrepreneurs")
			.hasRole(Roles.COACH)
			.requestMatchers(HttpMethod.GET, "/api/dashboard/entrepreneurs/*", "/api/dashboard/entrepreneurs/*/live",
					"/api/dashboard/entrepreneurs/*/export.csv", "/api/dashboard/entrepreneurs/*/export.pdf")
			.hasAnyRole(Roles.COACH, Roles.STAFF)
			.requestMatchers(HttpMethod.PUT, "/api/dashboard/entrepreneurs/*/typed-figures/*")
			.hasAnyRole(Roles.COACH, Roles.STAFF)
			.requestMatchers(HttpMethod.GET, "/api/dashboard/funders/figures", "/api/dashboard/funders/figures.csv",
					"/api/dashboard/funders/figures.pdf")
			.hasAnyRole(Roles.FUNDER, Roles.STAFF)
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
