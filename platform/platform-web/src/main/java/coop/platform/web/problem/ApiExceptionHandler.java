package coop.platform.web.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import coop.platform.web.input.RejectedValue;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * The one place where exceptions become RFC 9457 problem+json with a stable {@code type},
 * a French {@code detail} and, for invalid input, one entry per field in {@code errors}.
 * A service's own advice, if any, runs first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler {

	private static final Log logger = LogFactory.getLog(ApiExceptionHandler.class);

	static final String CORRECT_FIELDS = "Certaines informations sont à corriger.";

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> problem(ProblemException ex) {
		return respond(Problems.of(ex.type(), ex.getMessage(), ex.errors()));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException ex) {
		List<FieldProblem> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.add(new FieldProblem("", error.getDefaultMessage())));
		return respond(Problems.of(ProblemType.VALIDATION, CORRECT_FIELDS, errors));
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex) {
		List<FieldProblem> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors()
				.forEach(
						(error) -> errors.add(new FieldProblem((name != null) ? name : "", error.getDefaultMessage())));
		});
		return respond(Problems.of(ProblemType.VALIDATION, CORRECT_FIELDS, errors));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
		List<FieldProblem> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new FieldProblem(lastNode(violation.getPropertyPath().toString()),
					violation.getMessage()))
			.collect(Collectors.toList());
		return respond(Problems.of(ProblemType.VALIDATION, CORRECT_FIELDS, errors));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = databind.getPath()
				.stream()
				.map((ref) -> (ref.getPropertyName() != null) ? ref.getPropertyName() : String.valueOf(ref.getIndex()))
				.collect(Collectors.joining("."));
			String message = (databind instanceof RejectedValue rejected) ? rejected.frenchMessage()
					: "Valeur d'un type incorrect.";
			return respond(
					Problems.of(ProblemType.VALIDATION, CORRECT_FIELDS, List.of(new FieldProblem(field, message))));
		}
		String detail = (cause instanceof JacksonException) ? "Le contenu envoyé n'est pas un JSON valide."
				: "Le contenu de la requête est absent ou illisible.";
		return respond(Problems.of(ProblemType.MALFORMED_REQUEST, detail));
	}

	@ExceptionHandler(TypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException ex) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "";
		return respond(Problems.of(ProblemType.VALIDATION, CORRECT_FIELDS,
				List.of(new FieldProblem(name, "Valeur d'un type incorrect."))));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex) {
		return respond(Problems.of(ProblemType.VALIDATION, CORRECT_FIELDS,
				List.of(new FieldProblem(ex.getParameterName(), "Ce paramètre est obligatoire."))));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex) {
		return respond(Problems.of(ProblemType.FORBIDDEN, "Vous n'avez pas accès à cette ressource."));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex) {
		return respond(Problems.of(ProblemType.CONFLICT,
				"Ces données ont été modifiées entre-temps. Rechargez la page puis recommencez."));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		ProblemDetail refusedByStore = StoreRefusals.problem(ex);
		if (refusedByStore != null) {
			logger.warn("Input refused by the store: " + ex);
			return respond(refusedByStore);
		}
		if (StoreRefusals.unreachable(ex)) {
			// not the caller's mistake nor a bug: the store is restarting or down, and
			// the pool reconnects once it is back
			logger.warn("Store unreachable: " + ex);
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, "30")
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.of(ProblemType.UNAVAILABLE,
						"Ce service est momentanément indisponible. Réessayez dans quelques instants."));
		}
		if (ex instanceof ErrorResponse framework) {
			// Spring's own exceptions (no route, wrong method, upload too large...) say
			// their status.
			HttpStatusCode status = framework.getStatusCode();
			if (status.value() < 500) {
				return respond(byStatus(status.value()));
			}
		}
		logger.error("Unexpected error", ex);
		return respond(Problems.of(ProblemType.INTERNAL,
				"Une erreur inattendue est survenue. Réessayez dans quelques instants."));
	}

	static ProblemDetail byStatus(int status) {
		return switch (status) {
			case 404 -> Problems.of(ProblemType.NOT_FOUND, "Cette adresse ne correspond à aucune ressource.");
			case 405 -> Problems.of(ProblemType.METHOD_NOT_ALLOWED, "Cette action n'est pas possible à cette adresse.");
			case 406 -> Problems.of(ProblemType.NOT_ACCEPTABLE, "Ce format de réponse n'est pas disponible.");
			case 413 -> Problems.of(ProblemType.PAYLOAD_TOO_LARGE, "Le contenu envoyé dépasse la taille autorisée.");
			case 415 -> Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Ce format de contenu n'est pas accepté.");
			case 400 -> Problems.of(ProblemType.MALFORMED_REQUEST, "La requête est incorrecte.");
			default -> (status >= 500) ? Problems.of(ProblemType.INTERNAL, "Une erreur inattendue est survenue.")
					: Problems.of(ProblemType.MALFORMED_REQUEST, "La requête n'a pas pu être traitée.");
		};
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return (dot < 0) ? path : path.substring(dot + 1);
	}

}
