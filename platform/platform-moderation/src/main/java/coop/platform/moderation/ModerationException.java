package coop.platform.moderation;

import java.util.List;

import coop.platform.web.problem.FieldProblem;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;

import org.springframework.http.HttpStatus;

/**
 * A step the model refuses; answered as problem+json by the platform's handler.
 */
public class ModerationException extends ProblemException {

	/** The step does not follow from the current state (409). */
	public static final ProblemType WRONG_STATE = ProblemType.of("moderation-state", HttpStatus.CONFLICT,
			"Étape de validation impossible");

	/** A reviewer tried to validate or reject a version they wrote (403). */
	public static final ProblemType OWN_CONTRIBUTION = ProblemType.of("own-contribution", HttpStatus.FORBIDDEN,
			"Validation de sa propre contribution");

	ModerationException(ProblemType type, String detail) {
		super(type, detail);
	}

	ModerationException(ProblemType type, String detail, List<FieldProblem> errors) {
		super(type, detail, errors);
	}

	static ModerationException wrongState(String detail) {
		return new ModerationException(WRONG_STATE, detail);
	}

	static ModerationException reasonRequired() {
		return new ModerationException(ProblemType.VALIDATION, "Certaines informations sont à corriger.",
				List.of(new FieldProblem("reason", "Indiquez la raison : elle sera montrée à l'auteur.")));
	}

	static ModerationException reasonTooLong() {
		return new ModerationException(ProblemType.VALIDATION, "Certaines informations sont à corriger.",
				List.of(new FieldProblem("reason",
						"La raison ne doit pas dépasser " + Moderation.MAX_REASON + " caractères.")));
	}

}
