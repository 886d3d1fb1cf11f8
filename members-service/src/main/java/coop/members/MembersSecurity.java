package coop.members;

import coop.platform.web.security.EndpointRules;
import coop.platform.web.security.Roles;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what. Published showcases, antennas and organisations are public, and so
 * is writing to an entrepreneur through their showcase; an entrepreneur writes their own
 * showcase, their coach and staff review it; accounts are staff's; each person reads
 * their own record; a coach lists the entrepreneurs they follow; personal files are read
 * by their entrepreneur, coach and staff.
 */
@Configuration(proxyBeanMethods = false)
class MembersSecurity {

	@Bean
	EndpointRules membersRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/members/public/**")
			.permitAll()
			// a visitor's message to an entrepreneur (the gateway limits public posts)
			.requestMatchers(HttpMethod.POST, "/api/members/public/showcases/*/messages")
			.permitAll()
			// showcases: whose showcase and who reviews it is checked in ShowcaseEditing
			.requestMatchers("/api/members/me/showcase", "/api/members/me/showcase/**")
			.hasRole(Roles.ENTREPRENEUR)
			// a coach's own profile (the public list of consenting coaches is under
			// /public/**)
			.requestMatchers("/api/members/me/coach-profile", "/api/members/me/coach-profile/**")
			.hasRole(Roles.COACH)
			.requestMatchers(HttpMethod.GET, "/api/members/showcases/reviews")
			.hasAnyRole(Roles.COACH, Roles.STAFF)
			.requestMatchers(HttpMethod.GET, "/api/members/showcases/*", "/api/members/showcases/*/images/*/*")
			.hasAnyRole(Roles.ENTREPRENEUR, Roles.COACH, Roles.STAFF)
			.requestMatchers(HttpMethod.POST, "/api/members/showcases/*/validate", "/api/members/showcases/*/reject",
					"/api/members/showcases/*/withdraw")
			.hasAnyRole(Roles.COACH, Roles.STAFF)
			.requestMatchers(HttpMethod.GET, "/api/members/me")
			.authenticated()
			// GDPR: each person asks for their own data (the owner is the token's
			// subject);
			// archives are read with their secret link (GET /public/**); staff requests
			// fall under /staff/**
			.requestMatchers(HttpMethod.GET, "/api/members/me/privacy")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/members/me/privacy/export", "/api/members/me/privacy/erasure")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/api/members/coach/entrepreneurs")
			.hasRole(Roles.COACH)
			// personal files: who reads or changes which file is checked in FileService
			.requestMatchers(HttpMethod.GET, "/api/members/me/file")
			.hasRole(Roles.ENTREPRENEUR)
			.requestMatchers(HttpMethod.GET, "/api/members/files/*")
			.hasAnyRole(Roles.ENTREPRENEUR, Roles.COACH, Roles.STAFF)
			// documents exchanged with the coach: the file's readers, the service checks
			// whose file
			.requestMatchers(HttpMethod.GET, "/api/members/files/*/documents/*")
			.hasAnyRole(Roles.ENTREPRENEUR, Roles.COACH, Roles.STAFF)
			.requestMatchers(HttpMethod.POST, "/api/members/files/*/documents")
			.hasAnyRole(Roles.ENTREPRENEUR, Roles.COACH, Roles.STAFF)
			.requestMatchers(HttpMethod.DELETE, "/api/members/files/*/documents/*")
			.hasAnyRole(Roles.ENTREPRENEUR, Roles.COACH, Roles.STAFF)
			.requestMatchers(HttpMethod.PUT, "/api/members/files/*/contact")
			.hasAnyRole(Roles.ENTREPRENEUR, Roles.COACH, Roles.STAFF)
			.requestMatchers(HttpMethod.PUT, "/api/members/files/*/analytical-code")
			.hasRole(Roles.STAFF)
			.requestMatchers(HttpMethod.PUT, "/api/members/files/*/activity", "/api/members/files/*/agreement",
					"/api/members/files/*/objectives/*", "/api/members/files/*/milestones/*")
			.hasAnyRole(Roles.COACH, Roles.STAFF)
			.requestMatchers(HttpMethod.POST, "/api/members/files/*/objectives",
					"/api/members/files/*/contact/proposal/accept")
			.hasAnyRole(Roles.COACH, Roles.STAFF)
			.requestMatchers(HttpMethod.DELETE, "/api/members/files/*/objectives/*",
					"/api/members/files/*/milestones/*", "/api/members/files/*/contact/proposal")
			.hasAnyRole(Roles.COACH, Roles.STAFF)
			// settings and antennas: staff of the head office, checked in the services
			.requestMatchers("/api/members/staff/**")
			.hasRole(Roles.STAFF);
	}

}
