package coop.platform.web.problem;

import java.util.List;

import org.springframework.http.ProblemDetail;

/**
 * Builds problem details the same way everywhere (handlers, security entry points).
 */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(ProblemType type, String detail) {
		return of(type, detail, List.of());
	}

	public static ProblemDetail of(ProblemType type, String detail, List<FieldProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
		problem.setType(type.uri());
		problem.setTitle(type.title());
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

}
