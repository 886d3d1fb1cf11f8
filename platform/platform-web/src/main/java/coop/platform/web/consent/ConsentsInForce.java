package coop.platform.web.consent;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Checks that a public form showed the consent text in force before its service keeps the
 * consent. The texts and their versions belong to events-service, which serves them at
 * {@code GET /api/events/public/consents} (the forms read them there) and makes a new
 * version when it starts with a changed text. A service that keeps a consent given by
 * such a form (the contact form, a showcase's message) asks it at each submission, each
 * instance in turn: the form cannot show a text without events-service anyway, and a copy
 * kept by message could miss the first versions on a new broker.
 */
public class ConsentsInForce {

	/** The name events-service registers under. */
	public static final String EVENTS_SERVICE = "events-service";

	static final String PATH = "/api/events/public/consents";

	private static final Log logger = LogFactory.getLog(ConsentsInForce.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Supplier<List<URI>> instances;

	private final RestClient http;

	/**
	 * @param instances the addresses of events-service's instances (from the service
	 * registry)
	 */
	public ConsentsInForce(Supplier<List<URI>> instances) {
		this.instances = instances;
		SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
		timeouts.setConnectTimeout(Duration.ofSeconds(2));
		timeouts.setReadTimeout(Duration.ofSeconds(3));
		this.http = RestClient.builder().requestFactory(timeouts).build();
	}

	/**
	 * The version of {@code purpose}'s text the form showed, when it is the one in force.
	 * @param purpose events-service's {@code ConsentPurpose}, e.g.
	 * {@code CONTACT_MESSAGE}
	 * @param shown the version the form sent
	 * @return that version
	 * @throws ProblemException {@link ProblemType#CONSENT_CHANGED} (409) when the form
	 * showed another version, or none; {@link ProblemType#UNAVAILABLE} (503) when no
	 * instance of events-service answers
	 */
	public int check(String purpose, @Nullable Integer shown) {
		int current = inForce(purpose);
		if (shown == null || shown != current) {
			throw new ProblemException(ProblemType.CONSENT_CHANGED,
					"Le texte de consentement a changé depuis l'ouverture de la page. Relisez-le puis validez à nouveau.");
		}
		return current;
	}

	/** The version of {@code purpose}'s text in force now. */
	public int inForce(String purpose) {
		for (URI instance : this.instances.get()) {
			try {
				String body = this.http.get()
					.uri(URI.create(instance.toString().replaceAll("/+$", "") + PATH))
					.retrieve()
					.body(String.class);
				for (JsonNode text : json.readTree(body).path("current")) {
					if (purpose.equals(text.path("purpose").asString()) && text.path("version").isInt()) {
						return text.path("version").asInt();
					}
				}
				logger.warn(EVENTS_SERVICE + " at " + instance + " serves no consent text " + purpose);
			}
			catch (RuntimeException ex) {
				logger.warn("The consent texts of " + EVENTS_SERVICE + " at " + instance + " cannot be read: "
						+ ex.getMessage());
			}
		}
		throw new ProblemException(ProblemType.UNAVAILABLE,
				"Le texte de consentement en vigueur ne peut pas être vérifié pour le moment. "
						+ "Merci de réessayer dans quelques minutes.");
	}

}
