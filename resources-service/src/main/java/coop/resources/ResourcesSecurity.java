package coop.resources;

import coop.platform.web.security.EndpointRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what. The public search covers only what is public.
 */
@Configuration(proxyBeanMethods = false)
class ResourcesSecurity {

	@Bean
	EndpointRules resourcesRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/resources/public/**").permitAll();
	}

}
