package coop.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.messaging.MessageEnvelope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static coop.notification.Samples.meeting;
import static coop.notification.Samples.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ops count the e-mails: each one sent adds one to {@code coop_mails_sent_total} of its
 * kind in the Prometheus metrics the machine reads.
 */
class MailMetricsIT extends WithRealServers {

	private static final Pattern CONFIRMATIONS = Pattern
		.compile("coop_mails_sent_total\\{[^}]*kind=\"registration-confirmed\"[^}]*} ([0-9.E]+)");

	@Value("${local.server.port}")
	int port;

	@Test
	void eachMailSentIsCountedByKind() throws Exception {
		double before = confirmationsSent();
		String address = uniqueAddress("compte");
		this.broker.publish(MessageEnvelope.of(new RegistrationConfirmed(UUID.randomUUID(), meeting(),
				person("Léa", "Perrin", address), "http://localhost:8080/inscriptions/annuler?jeton=t"),
				Instant.now()));
		exactly(1, address);
		// other tests' confirmations may be sent meanwhile: at least this one is counted
		assertThat(confirmationsSent()).isGreaterThanOrEqualTo(before + 1);
	}

	private double confirmationsSent() throws Exception {
		HttpResponse<String> metrics = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/prometheus"))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(metrics.statusCode()).isEqualTo(200);
		Matcher count = CONFIRMATIONS.matcher(metrics.body());
		return count.find() ? Double.parseDouble(count.group(1)) : 0;
	}

}
