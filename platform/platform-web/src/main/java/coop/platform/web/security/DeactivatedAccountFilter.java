package coop.platform.web.security;

import java.io.IOException;
import java.util.function.Predicate;

import coop.platform.web.problem.ProblemResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a valid token whose subject staff deactivated: tokens live a few minutes,
 * access must stop at once.
 */
class DeactivatedAccountFilter extends OncePerRequestFilter {

	private final Predicate<String> deactivated;

	private final ProblemResponseWriter problems;

	DeactivatedAccountFilter(Predicate<String> deactivated, ProblemResponseWriter problems) {
		this.deactivated = deactivated;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token && this.deactivated.test(token.getName())) {
			SecurityContextHolder.clearContext();
			this.problems.accountDeactivated(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

}
