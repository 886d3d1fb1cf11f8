package coop.notification;

import coop.platform.web.security.EndpointRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what: the contact form needs no account (the gateway limits how often one
 * address posts it); everything else of this service is messages, not HTTP.
 */
@Configuration(proxyBeanMethods = false)
class NotificationSecurity {

	@Bean
	EndpointRules notificationRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.POST, "/api/notifications/public/contact").permitAll();
	}

}
