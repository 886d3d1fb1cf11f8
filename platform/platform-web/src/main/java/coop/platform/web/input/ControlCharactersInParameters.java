package coop.platform.web.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import coop.platform.web.problem.FieldProblem;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses a request whose parameters (query string, form fields, multipart text fields)
 * or path variables hold a control character, naming each: 400 {@code validation} before
 * the controller runs.
 */
public class ControlCharactersInParameters implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		List<FieldProblem> errors = new ArrayList<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			boolean bad = ControlCharacters.in(parameter.getKey());
			for (String value : parameter.getValue()) {
				bad = bad || (value != null && ControlCharacters.in(value));
			}
			if (bad) {
				errors.add(new FieldProblem(ControlCharacters.in(parameter.getKey()) ? "" : parameter.getKey(),
						ControlCharacters.MESSAGE));
			}
		}
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
			variables.forEach((name, value) -> {
				if (value instanceof String text && ControlCharacters.in(text)) {
					errors.add(new FieldProblem(String.valueOf(name), ControlCharacters.MESSAGE));
				}
			});
		}
		if (!errors.isEmpty()) {
			throw new ProblemException(ProblemType.VALIDATION, "Certaines informations sont à corriger.", errors);
		}
		return true;
	}

}
