package coop.platform.web.consent;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsentsInForceTests {

	private HttpServer events;

	private final AtomicInteger contactVersion = new AtomicInteger(3);

	private URI address;

	@BeforeEach
	void events() throws IOException {
		this.events = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.events.createContext(ConsentsInForce.PATH, (exchange) -> {
			byte[] body = ("{\"current\":[{\"purpose\":\"PUBLIC_REGISTRATION\",\"version\":7},"
					+ "{\"purpose\":\"CONTACT_MESSAGE\",\"version\":" + this.contactVersion.get()
					+ "}],\"history\":[]}")
				.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.events.start();
		this.address = URI.create("http://127.0.0.1:" + this.events.getAddress().getPort() + "/");
	}

	@AfterEach
	void stop() {
		this.events.stop(0);
	}

	@Test
	void theVersionInForceIsAcceptedAnotherOneOrNoneIsAConflict() {
		ConsentsInForce consents = new ConsentsInForce(() -> List.of(this.address));
		assertThat(consents.check("CONTACT_MESSAGE", 3)).isEqualTo(3);
		this.contactVersion.set(4);
		assertThatThrownBy(() -> consents.check("CONTACT_MESSAGE", 3)).isInstanceOfSatisfying(ProblemException.class,
				(problem) -> {
					assertThat(problem.type()).isEqualTo(ProblemType.CONSENT_CHANGED);
					assertThat(problem.type().uri()).hasToString("https://coopemploi.com/problems/consent-changed");
					assertThat(problem.getMessage()).startsWith("Le texte de consentement a changé");
				});
		assertThatThrownBy(() -> consents.check("CONTACT_MESSAGE", null)).isInstanceOfSatisfying(ProblemException.class,
				(problem) -> assertThat(problem.type()).isEqualTo(ProblemType.CONSENT_CHANGED));
	}

	@Test
	void theNextInstanceAnswersWhenOneIsDownAndNoneAnsweringIsUnavailable() {
		URI down = URI.create("http://127.0.0.1:1");
		assertThat(new ConsentsInForce(() -> List.of(down, this.address)).inForce("PUBLIC_REGISTRATION")).isEqualTo(7);
		assertThatThrownBy(() -> new ConsentsInForce(() -> List.of(down)).check("CONTACT_MESSAGE", 3))
			.isInstanceOfSatisfying(ProblemException.class,
					(problem) -> assertThat(problem.type()).isEqualTo(ProblemType.UNAVAILABLE));
		assertThatThrownBy(() -> new ConsentsInForce(List::of).check("CONTACT_MESSAGE", 3)).isInstanceOfSatisfying(
				ProblemException.class, (problem) -> assertThat(problem.type()).isEqualTo(ProblemType.UNAVAILABLE));
		assertThatThrownBy(() -> new ConsentsInForce(() -> List.of(this.address)).check("SHOWCASE_MESSAGE", 1))
			.isInstanceOfSatisfying(ProblemException.class,
					(problem) -> assertThat(problem.type()).isEqualTo(ProblemType.UNAVAILABLE));
	}

}
