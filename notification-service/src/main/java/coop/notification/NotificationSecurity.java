package coop.notification;

import coop.platform.web.security.EndpointRules;
import coop.platform.web.security.Roles;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what: the contact form and the e-mail preferences reached through a signed
 * link need no account (the gateway limits how often one address posts); anyone logged in
 * chooses the e-mails of their own address; staff see and clear the addresses in failure;
 * everything else of this service is messages, not HTTP.
 */
@Configuration(proxyBeanMethods = false)
class NotificationSecurity {

	@Bean
	EndpointRules notificationRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.POST, "/api/notifications/public/contact")
			.permitAll()
			// the signed link of an e-mail is the credential
			.requestMatchers(HttpMethod.GET, "/api/notifications/public/email-preferences",
					"/api/notifications/public/email-preferences/unsubscribe")
			.permitAll()
			.requestMatchers(HttpMethod.PUT, "/api/notifications/public/email-preferences")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/notifications/public/email-preferences/unsubscribe")
			.permitAll()
			// a GDPR request from the same signed link's page
			.requestMatchers(HttpMethod.POST, "/api/notifications/public/privacy-requests")
			.permitAll()
			// anyone logged in chooses the e-mails of their account's address
			.requestMatchers("/api/notifications/me/email-preferences")
			.authenticated()
			// addresses in failure: staff
			.requestMatchers(HttpMethod.GET, "/api/notifications/staff/bounces")
			.hasRole(Roles.STAFF)
			.requestMatchers(HttpMethod.DELETE, "/api/notifications/staff/bounces/*")
			.hasRole(Roles.STAFF);
	}

}
