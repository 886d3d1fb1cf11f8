package coop.platform.web.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * A kind of problem: its stable URI (programs branch on it), its HTTP status and its
 * French title. Services add their own with {@link #of(String, HttpStatus, String)}.
 */
public record ProblemType(URI uri, HttpStatus status, String title) {

	public static final String BASE = "https://coopemploi.com/problems/";

	public static final ProblemType VALIDATION = of("validation", HttpStatus.BAD_REQUEST, "Données invalides");

	public static final ProblemType MALFORMED_REQUEST = of("malformed-request", HttpStatus.BAD_REQUEST,
			"Requête illisible");

	public static final ProblemType UNAUTHENTICATED = of("unauthenticated", HttpStatus.UNAUTHORIZED,
			"Connexion nécessaire");

	public static final ProblemType ACCOUNT_DEACTIVATED = of("account-deactivated", HttpStatus.UNAUTHORIZED,
			"Compte désactivé");

	public static final ProblemType FORBIDDEN = of("forbidden", HttpStatus.FORBIDDEN, "Accès refusé");

	public static final ProblemType NOT_FOUND = of("not-found", HttpStatus.NOT_FOUND, "Introuvable");

	public static final ProblemType METHOD_NOT_ALLOWED = of("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED,
			"Méthode non autorisée");

	public static final ProblemType UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type",
			HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Format non pris en charge");

	public static final ProblemType NOT_ACCEPTABLE = of("not-acceptable", HttpStatus.NOT_ACCEPTABLE,
			"Format de réponse non disponible");

	public static final ProblemType PAYLOAD_TOO_LARGE = of("payload-too-large", HttpStatus.CONTENT_TOO_LARGE,
			"Contenu trop volumineux");

	public static final ProblemType CONFLICT = of("conflict", HttpStatus.CONFLICT, "Conflit");

	/**
	 * A form showed another consent text than the one in force (changed since the page
	 * opened): read it again, then send again.
	 */
	public static final ProblemType CONSENT_CHANGED = of("consent-changed", HttpStatus.CONFLICT,
			"Texte de consentement modifié");

	public static final ProblemType TOO_MANY_REQUESTS = of("too-many-requests", HttpStatus.TOO_MANY_REQUESTS,
			"Trop de demandes");

	public static final ProblemType INTERNAL = of("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Erreur interne");

	/**
	 * A store the service needs does not answer (restarting, down): try again shortly.
	 */
	public static final ProblemType UNAVAILABLE = of("unavailable", HttpStatus.SERVICE_UNAVAILABLE,
			"Service momentanément indisponible");

	public static ProblemType of(String slug, HttpStatus status, String title) {
		return new ProblemType(URI.create(BASE + slug), status, title);
	}

}
