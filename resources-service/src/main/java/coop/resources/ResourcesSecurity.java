package coop.resources;

import coop.platform.web.security.EndpointRules;
import coop.platform.web.security.Roles;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what. Search and reading the centre are open to everyone: what each caller
 * finds is decided from their token (inside the Solr query, {@code search.Reader}; inside
 * the MongoDB query and on each resource, {@code library.ResourceRules}). Writing is for
 * the people of the cooperative; decisions for coaches and staff. Ownership and
 * visibility are checked in the service.
 */
@Configuration(proxyBeanMethods = false)
class ResourcesSecurity {

	private static final String[] MEMBERS = { Roles.ENTREPRENEUR, Roles.COACH, Roles.STAFF };

	private static final String[] REVIEWERS = { Roles.COACH, Roles.STAFF };

	@Bean
	EndpointRules resourcesRules() {
		return (rules) -> rules
			.requestMatchers(HttpMethod.GET, "/api/resources/public/search", "/api/resources/public/search/suggestions")
			.permitAll()
			// the presentation pages: published ones for everyone, the rest for staff
			// (changes for the head office's, checked in pages.PageService); before the
			// centre's one-segment patterns
			.requestMatchers(HttpMethod.GET, "/api/resources/public/pages", "/api/resources/public/pages/*")
			.permitAll()
			.requestMatchers("/api/resources/pages", "/api/resources/pages/**")
			.hasRole(Roles.STAFF)
			.requestMatchers("/api/resources/search/reindex", "/api/resources/search/consistency",
					"/api/resources/search/synonyms")
			.hasRole(Roles.STAFF)
			// the questions-and-answers space (before the centre's one-segment patterns);
			// its
			// coaches' space and moderation are checked in questions.QuestionService
			.requestMatchers("/api/resources/questions", "/api/resources/questions/**")
			.hasAnyRole(MEMBERS)
			.requestMatchers(HttpMethod.GET, "/api/resources/public/resources", "/api/resources/public/centre",
					"/api/resources/public/resources/*", "/api/resources/public/resources/*/files/*",
					"/api/resources/public/resources/*/files/*/thumbnail", "/api/resources/public/events/*/resources")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/resources/review", "/api/resources/links/broken")
			.hasAnyRole(REVIEWERS)
			.requestMatchers(HttpMethod.POST, "/api/resources/*/validate", "/api/resources/*/reject",
					"/api/resources/*/withdraw", "/api/resources/*/restore")
			.hasAnyRole(REVIEWERS)
			.requestMatchers(HttpMethod.PUT, "/api/resources/*/review-date")
			.hasAnyRole(REVIEWERS)
			.requestMatchers(HttpMethod.GET, "/api/resources/mine", "/api/resources/bookmarks",
					"/api/resources/*/progress", "/api/resources/progress/*", "/api/resources/*/pdf")
			.hasAnyRole(MEMBERS)
			.requestMatchers(HttpMethod.POST, "/api/resources", "/api/resources/*/files", "/api/resources/*/submit",
					"/api/resources/*/copy", "/api/resources/*/share", "/api/resources/*/comments")
			.hasAnyRole(MEMBERS)
			.requestMatchers(HttpMethod.PUT, "/api/resources/*", "/api/resources/*/bookmark",
					"/api/resources/*/progress", "/api/resources/*/answers")
			.hasAnyRole(MEMBERS)
			.requestMatchers(HttpMethod.DELETE, "/api/resources/*", "/api/resources/*/files/*",
					"/api/resources/*/bookmark")
			.hasAnyRole(MEMBERS);
	}

}
