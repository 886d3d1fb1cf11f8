package coop.dashboard.privacy;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.contracts.privacy.PrivacyAnswered;
import coop.platform.messaging.EventConsumer;
import coop.platform.messaging.Outbox;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The consumer of GDPR requests (queue {@code dashboard-service.privacy}): each request
 * is acted on once (the JDBC inbox commits its marker with the erasure and the answer),
 * and answered through the outbox in the same transaction.
 */
@Configuration(proxyBeanMethods = false)
class PrivacyRequests {

	static final String QUEUE = "dashboard-service.privacy";

	private static final Log logger = LogFactory.getLog(PrivacyRequests.class);

	@Bean
	EventConsumer privacyConsumer(DashboardPersonalData personalData, Outbox outbox, Clock clock,
			@Value("${spring.application.name}") String service) {
		return EventConsumer.queue(QUEUE).on(PrivacyRequested.class, (request, received) -> {
			if (request.kind() == null || request.person() == null || request.person().email() == null) {
				logger.warn("Privacy request " + request.requestId() + " ignored: a kind or a person this service"
						+ " does not know");
				return;
			}
			DashboardPersonalData.Person person = new DashboardPersonalData.Person(request.person().subject(),
					request.person().email(), request.person().firstName(), request.person().lastName());
			if (request.kind() == PrivacyRequested.Kind.EXPORT) {
				Map<String, Object> part = personalData.export(person);
				outbox.append(new PrivacyAnswered(request.requestId(), service, request.kind(), part, summary(part), 0,
						0, clock.instant()));
			}
			else {
				DashboardPersonalData.Erased erased = personalData.erase(person);
				outbox.append(new PrivacyAnswered(request.requestId(), service, request.kind(), null,
						erased.deleted() + " élément(s) effacé(s), " + erased.anonymised()
								+ " anonymisé(s) (chiffres, présences, orientations gardés sous un pseudonyme)",
						erased.deleted(), erased.anonymised(), clock.instant()));
			}
		});
	}

	static String summary(Map<String, Object> part) {
		return count(part, "typedFigures") + " mois saisi(s), " + count(part, "ledgerOperations")
				+ " écriture(s) comptable(s), " + count(part, "salesDocuments") + " devis et facture(s), "
				+ count(part, "attendance") + " présence(s), " + count(part, "referrals") + " orientation(s)";
	}

	private static int count(Map<String, Object> part, String key) {
		return (part.get(key) instanceof List<?> list) ? list.size() : 0;
	}

}
