package coop.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import coop.notification.mail.LinkProperties;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.contracts.resources.Participant;
import coop.platform.contracts.resources.QuestionAnswered;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.ReceivedMail;
import coop.platform.test.TestServers;
import coop.platform.web.links.SignedTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail preferences over real SMTP: a non-essential mail carries the one-click
 * unsubscribe of RFC 8058 and a footer link, an essential one neither; the one-click POST
 * works without session or CSRF token, twice as well as once; an unsubscribed topic is no
 * longer sent (the log says skipped) while confirmations still go; forged and expired
 * links change nothing; logged-in people choose for their account's address.
 */
class EmailPreferencesIT extends WithRealServers {

	private static final Pattern ONE_CLICK = Pattern.compile(
			"^<http://localhost:8080(/api/notifications/public/email-preferences/unsubscribe\\?token=([^&]+)&topic=QUESTIONS)>$");

	@Value("${local.server.port}")
	int port;

	@Autowired
	LinkProperties links;

	RestTestClient client;

	@BeforeEach
	void client() {
		this.client = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	private MessageEnvelope answerTo(String address) {
		QuestionAnswered answered = new QuestionAnswered(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
				"Comment facturer un acompte ?", "http://localhost:8080/intranet/questions/1",
				new Participant("sub", "Marie", "Dupont", address), "Lucas Favre", true,
				"Émettez une facture d'acompte…");
		return publish(answered);
	}

	@Test
	void aNonEssentialMailCarriesTheOneClickUnsubscribeWhichWorksWithoutSessionAndIsHonoured() {
		String address = uniqueAddress("marie");
		answerTo(address);
		ReceivedMail first = exactly(1, address).get(0);
		Matcher header = ONE_CLICK.matcher(first.header("List-Unsubscribe"));
		assertThat(header.matches()).as(first.header("List-Unsubscribe")).isTrue();
		assertThat(first.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
		String token = java.net.URLDecoder.decode(header.group(2), java.nio.charset.StandardCharsets.UTF_8);
		String page = "http://localhost:8080/preferences-courriels?jeton=" + header.group(2);
		assertThat(first.text()).contains("rubrique « Questions-réponses »")
			.contains("Choisir les e-mails que je reçois : " + page);
		assertThat(first.html()).contains("href=\"" + page + "\"");

		// the mail client's POST: no cookie, no CSRF token; a second one changes nothing
		for (int i = 0; i < 2; i++) {
			this.client.post()
				.uri(header.group(1))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body("List-Unsubscribe=One-Click")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.message")
				.isEqualTo("Vous ne recevrez plus les e-mails de la rubrique « Questions-réponses ».");
		}
		preferences(token).jsonPath("$.address")
			.isEqualTo("m•••@example.org")
			.jsonPath("$.topics[?(@.topic == 'QUESTIONS')].received")
			.isEqualTo(List.of(false))
			.jsonPath("$.topics[?(@.topic == 'REMINDERS')].received")
			.isEqualTo(List.of(true));

		// the next answer is not sent but logged as skipped; a confirmation still goes,
		// without any unsubscribe header
		MessageEnvelope skipped = answerTo(address.toUpperCase(java.util.Locale.ROOT));
		RegistrationConfirmed confirmed = Samples.confirmed(Samples.meeting(), address);
		publish(confirmed);
		List<ReceivedMail> inbox = exactly(2, address);
		ReceivedMail confirmation = withSubject(inbox, "Inscription confirmée");
		assertThat(confirmation.header("List-Unsubscribe")).isNull();
		assertThat(confirmation.text()).doesNotContain("Choisir les e-mails");
		awaitSkipped(skipped);
	}

	@Test
	void openedInABrowserTheOneClickAddressShowsThePageAndChangesNothing() throws Exception {
		String token = tokenOfAFirstMail("theo");
		String encoded = java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8);
		// java.net.http does not follow redirects unless told: the answer itself is
		// checked
		java.net.http.HttpResponse<Void> opened = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port
					+ "/api/notifications/public/email-preferences/unsubscribe?token=" + encoded + "&topic=QUESTIONS"))
				.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		assertThat(opened.statusCode()).isEqualTo(303);
		assertThat(opened.headers().firstValue("Location"))
			.contains("http://localhost:8080/preferences-courriels?jeton=" + encoded);
		preferences(token).jsonPath("$.topics[?(@.topic == 'QUESTIONS')].received").isEqualTo(List.of(true));
	}

	@Test
	void thePageSetsEveryTopicAtOnce() {
		String token = tokenOfAFirstMail("ines");
		put(token, "{\"received\":[]}").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.topics[*].received")
			.isEqualTo(List.of(false, false, false, false));
		put(token, "{\"received\":[\"REMINDERS\",\"QUESTIONS\"]}").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.topics[*].topic")
			.isEqualTo(List.of("REMINDERS", "NEXT_SESSIONS", "QUESTIONS", "REFERRALS"))
			.jsonPath("$.topics[*].received")
			.isEqualTo(List.of(true, false, true, false))
			.jsonPath("$.topics[0].label")
			.isEqualTo("Rappels")
			.jsonPath("$.essential")
			.value((text) -> assertThat((String) text).contains("toujours envoyés"));
		put(token, "{\"received\":[\"NEWSLETTER\"]}").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		put(token, "{}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo("Indiquez les e-mails à recevoir.");
	}

	@Test
	void aForgedOrExpiredLinkIsRefusedInFrenchAndChangesNothing() {
		String token = tokenOfAFirstMail("paul");
		UUID recipient = UUID.fromString(token.substring(0, token.indexOf('.')));
		SignedTokens signer = new SignedTokens(this.links.secret());
		String expired = signer.sign(recipient.toString(), Instant.now().minusSeconds(1));
		String forged = new SignedTokens("not-the-secret").sign(recipient.toString(), Instant.now().plusSeconds(3600));
		String altered = UUID.randomUUID() + token.substring(token.indexOf('.'));
		for (String bad : List.of(expired, forged, altered, "n'importe quoi")) {
			this.client.post()
				.uri("/api/notifications/public/email-preferences/unsubscribe?token={t}&topic=QUESTIONS", bad)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://coopemploi.com/problems/invalid-link")
				.jsonPath("$.detail")
				.value((detail) -> assertThat((String) detail).startsWith("Ce lien n'est pas valide ou a expiré."));
			put(bad, "{\"received\":[]}").expectStatus().isNotFound();
		}
		this.client.post()
			.uri("/api/notifications/public/email-preferences/unsubscribe?token={t}&topic=NEWSLETTER", token)
			.exchange()
			.expectStatus()
			.isBadRequest();
		this.client.post()
			.uri("/api/notifications/public/email-preferences/unsubscribe?token={t}", token)
			.exchange()
			.expectStatus()
			.isBadRequest();
		preferences(token).jsonPath("$.topics[*].received").isEqualTo(List.of(true, true, true, true));
	}

	@Test
	void aLoggedInPersonChoosesForTheAddressOfTheirAccount() {
		String bearer = "Bearer " + TestServers.keycloak().accessToken("paul.funder");
		this.client.put()
			.uri("/api/notifications/me/email-preferences")
			.header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"received\":[\"REMINDERS\"]}")
			.exchange()
			.expectStatus()
			.isOk();
		this.client.get()
			.uri("/api/notifications/me/email-preferences")
			.header("Authorization", bearer)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.address")
			.isEqualTo("paul.lambert@demo.coopemploi.test")
			.jsonPath("$.topics[*].received")
			.isEqualTo(List.of(true, false, false, false));
		this.client.put()
			.uri("/api/notifications/me/email-preferences")
			.header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"received\":[\"REMINDERS\",\"NEXT_SESSIONS\",\"QUESTIONS\"]}")
			.exchange()
			.expectStatus()
			.isOk();
		this.client.get().uri("/api/notifications/me/email-preferences").exchange().expectStatus().isUnauthorized();
	}

	/** Sends a first non-essential mail to a new address and gives its link's token. */
	private String tokenOfAFirstMail(String name) {
		String address = uniqueAddress(name);
		answerTo(address);
		Matcher header = ONE_CLICK.matcher(exactly(1, address).get(0).header("List-Unsubscribe"));
		assertThat(header.matches()).isTrue();
		return java.net.URLDecoder.decode(header.group(2), java.nio.charset.StandardCharsets.UTF_8);
	}

	private org.springframework.test.web.servlet.client.RestTestClient.BodyContentSpec preferences(String token) {
		return this.client.get()
			.uri("/api/notifications/public/email-preferences?token={t}", token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private RestTestClient.ResponseSpec put(String token, String body) {
		return this.client.put()
			.uri("/api/notifications/public/email-preferences?token={t}", token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private void awaitSkipped(MessageEnvelope envelope) {
		Instant deadline = Instant.now().plusSeconds(30);
		while (skipped(envelope) == 0 && Instant.now().isBefore(deadline)) {
			sleep(100);
		}
		assertThat(skipped(envelope)).isEqualTo(1);
		assertThat(sentBecauseOf(envelope)).isEqualTo(1);
	}

	private long skipped(MessageEnvelope envelope) {
		return this.jdbc.sql("select count(*) from sent_mail where cause_id = ? and outcome = 'SKIPPED'")
			.param(envelope.eventId())
			.query(Long.class)
			.single();
	}

}
