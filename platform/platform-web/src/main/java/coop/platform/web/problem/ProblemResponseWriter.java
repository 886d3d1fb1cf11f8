package coop.platform.web.problem;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Writes problem+json from the security filters, which run before any controller advice:
 * 401 when no valid token came, 403 when the token's owner may not do this.
 */
public class ProblemResponseWriter {

	private final JsonMapper json;

	public ProblemResponseWriter(JsonMapper json) {
		this.json = json;
	}

	public AuthenticationEntryPoint authenticationEntryPoint() {
		return (request, response, ex) -> write(request, response, unauthenticated(ex));
	}

	public AccessDeniedHandler accessDeniedHandler() {
		return (request, response, ex) -> write(request, response,
				Problems.of(ProblemType.FORBIDDEN, "Vous n'avez pas accès à cette ressource."));
	}

	public void accountDeactivated(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, Problems.of(ProblemType.ACCOUNT_DEACTIVATED,
				"Ce compte a été désactivé. Adressez-vous à l'équipe de la coopérative."));
	}

	private static ProblemDetail unauthenticated(AuthenticationException ex) {
		return Problems.of(ProblemType.UNAUTHENTICATED, "Connectez-vous pour accéder à cette ressource.");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (problem.getStatus() == 401) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
