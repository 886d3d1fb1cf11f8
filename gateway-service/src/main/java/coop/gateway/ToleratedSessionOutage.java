package coop.gateway;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionStore;

/**
 * While Redis (the sessions' store) does not answer, a request carrying a session cookie
 * is treated as a visitor's instead of failing: public pages are served, intranet pages
 * and APIs answer as to someone not logged in, and logins are refused in French by
 * {@link LoginAvailability}. Without it every page a logged-in person opened answered
 * 500. The browser's session cookie is dropped with the lookup (Spring's session manager
 * expires a cookie whose session it did not find): those logged in log in again once
 * Redis is back.
 */
@Component
class ToleratedSessionOutage implements BeanPostProcessor {

	private static final Log logger = LogFactory.getLog(ToleratedSessionOutage.class);

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DefaultWebSessionManager manager && !(manager.getSessionStore() instanceof Tolerant)) {
			manager.setSessionStore(new Tolerant(manager.getSessionStore()));
		}
		return bean;
	}

	/** The store, with a failed lookup read as "no such session". */
	record Tolerant(WebSessionStore store) implements WebSessionStore {

		@Override
		public Mono<WebSession> createWebSession() {
			return this.store.createWebSession();
		}

		@Override
		public Mono<WebSession> retrieveSession(String sessionId) {
			return this.store.retrieveSession(sessionId).onErrorResume((ex) -> {
				logger.warn("Session not read, its store does not answer (served as a visitor): " + ex.getMessage());
				return Mono.empty();
			});
		}

		@Override
		public Mono<Void> removeSession(String sessionId) {
			return this.store.removeSession(sessionId);
		}

		@Override
		public Mono<WebSession> updateLastAccessTime(WebSession webSession) {
			return this.store.updateLastAccessTime(webSession);
		}

	}

}
