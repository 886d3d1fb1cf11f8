package coop.platform.web.problem;

import java.sql.SQLException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ProblemDetail;

/**
 * A store that refuses a value is answering about the caller's input, not failing: a
 * PostgreSQL data exception (SQLSTATE class 22: out of range, invalid text, too long...)
 * or integrity violation (class 23; 23505, a duplicate, is a conflict), a MongoDB
 * document the BSON codec or the server will not take. They become 400 (409) problem+json
 * instead of 500; anything else (a server down) stays an error of ours.
 */
final class StoreRefusals {

	private StoreRefusals() {
	}

	/** The problem to answer, or {@code null} when the store did not refuse the input. */
	static ProblemDetail problem(Throwable ex) {
		if (ex instanceof DuplicateKeyException) {
			return conflict();
		}
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				if (state.equals("23505")) {
					return conflict();
				}
				if (state.startsWith("22") || state.startsWith("23")) {
					return invalid();
				}
			}
			if (cause.getClass().getName().startsWith("org.bson.")) {
				return invalid();
			}
		}
		return (ex instanceof DataIntegrityViolationException) ? invalid() : null;
	}

	private static ProblemDetail invalid() {
		return Problems.of(ProblemType.VALIDATION,
				"Certaines informations ne peuvent pas être enregistrées telles quelles : vérifiez-les puis recommencez.");
	}

	private static ProblemDetail conflict() {
		return Problems.of(ProblemType.CONFLICT, "Ces informations existent déjà.");
	}

	/**
	 * Whether the store could not be reached (a connection refused, dropped or not given
	 * in time: SQLSTATE class 08, a server shutting down or starting, 57P01–57P03,
	 * Spring's resource failures, MongoDB's socket and timeout errors) rather than
	 * refusing the input.
	 */
	static boolean unreachable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof org.springframework.dao.DataAccessResourceFailureException
					|| cause instanceof org.springframework.dao.TransientDataAccessResourceException
					|| cause instanceof java.sql.SQLTransientConnectionException
					|| cause instanceof java.sql.SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
			// the pool's connection closed under a transaction: its rollback fails with
			// this and hides the I/O error that closed it (the first request after the
			// server went away)
			if (cause instanceof SQLException sql && sql.getSQLState() == null
					&& "Connection is closed".equals(sql.getMessage())) {
				return true;
			}
			String name = cause.getClass().getName();
			if (name.startsWith("com.mongodb.MongoSocket") || name.equals("com.mongodb.MongoTimeoutException")) {
				return true;
			}
		}
		return false;
	}

}
