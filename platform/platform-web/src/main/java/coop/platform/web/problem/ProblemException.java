package coop.platform.web.problem;

import java.util.List;

/**
 * Thrown by service code to answer a problem: the handler turns it into problem+json. The
 * detail is French, written for the person who will read it.
 */
public class ProblemException extends RuntimeException {

	private final ProblemType type;

	private final List<FieldProblem> errors;

	public ProblemException(ProblemType type, String detail) {
		this(type, detail, List.of());
	}

	public ProblemException(ProblemType type, String detail, List<FieldProblem> errors) {
		super(detail);
		this.type = type;
		this.errors = List.copyOf(errors);
	}

	public static ProblemException notFound(String detail) {
		return new ProblemException(ProblemType.NOT_FOUND, detail);
	}

	public static ProblemException forbidden(String detail) {
		return new ProblemException(ProblemType.FORBIDDEN, detail);
	}

	public static ProblemException invalid(String field, String message) {
		return new ProblemException(ProblemType.VALIDATION, "Certaines informations sont à corriger.",
				List.of(new FieldProblem(field, message)));
	}

	public ProblemType type() {
		return this.type;
	}

	public List<FieldProblem> errors() {
		return this.errors;
	}

}
