package coop.resources;

import coop.platform.web.security.EndpointRules;
import coop.platform.web.security.Roles;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what. Search is open to everyone: what each caller finds is decided inside
 * the Solr query from their token ({@code search.Reader}).
 */
@Configuration(proxyBeanMethods = false)
class ResourcesSecurity {

	@Bean
	EndpointRules resourcesRules() {
		return (rules) -> rules
			.requestMatchers(HttpMethod.GET, "/api/resources/public/search", "/api/resources/public/search/suggestions")
			.permitAll()
			.requestMatchers("/api/resources/search/reindex", "/api/resources/search/consistency",
					"/api/resources/search/synonyms")
			.hasRole(Roles.STAFF);
	}

}
