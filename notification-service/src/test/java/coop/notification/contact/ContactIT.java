package coop.notification.contact;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import coop.notification.WithRealServers;
import coop.platform.test.ReceivedMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public contact form over HTTP: a message reaches the team mailbox, answered
 * straight to the visitor, and the visitor gets a fixed acknowledgment (once a day at
 * most, nothing they typed in it: no open relay); bad input, or a consent text that is no
 * longer in force, is explained in French and stores nothing; a robot's form stores
 * nothing either.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "eureka.client.enabled=false", "coop.contact.interval=1h",
				"coop.mail.from=ne-pas-repondre@coopemploi.com", "coop.mail.team-mailbox=contact@coopemploi.com",
				"coop.cooperative-copy.enabled=false" })
class ContactIT extends WithRealServers {

	static final String TEAM = "contact@coopemploi.com";

	@Value("${local.server.port}")
	int port;

	@Autowired
	ContactJob job;

	@Autowired
	ContactMessages messages;

	RestTestClient client;

	@BeforeEach
	void client() {
		this.client = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		this.job.sendPending();
	}

	Map<String, Object> form(String email, String message) {
		Map<String, Object> form = new HashMap<>();
		form.put("name", "Léa Perrin");
		form.put("email", email);
		form.put("phone", "06 12 34 56 78");
		form.put("topic", "PROJECT");
		form.put("message", message);
		form.put("consent", true);
		form.put("consentVersion", consents.inForce("CONTACT_MESSAGE"));
		form.put("honeypot", "");
		return form;
	}

	RestTestClient.ResponseSpec post(Object body) {
		return this.client.post()
			.uri("/api/notifications/public/contact")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	@Test
	void aMessageReachesTheTeamAnsweredToTheVisitorWhoGetsAnAcknowledgment() {
		String visitor = uniqueAddress("lea");
		String marker = "Projet de céramique " + UUID.randomUUID();
		post(form(visitor, marker + " : j'aimerais tester mon activité à Annecy.")).expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.message")
			.value((text) -> assertThat((String) text).startsWith("Votre message est envoyé"));

		// the team's mail, then the acknowledgment; then nothing is left
		assertThat(this.job.sendPending()).isEqualTo(2);
		assertThat(this.job.sendPending()).isZero();

		List<ReceivedMail> team = mail.awaitInbox(TEAM, 1, Duration.ofSeconds(20))
			.stream()
			.filter((received) -> received.text().contains(marker))
			.toList();
		assertThat(team).hasSize(1);
		ReceivedMail toTeam = team.get(0);
		assertThat(toTeam.subject()).isEqualTo("Formulaire de contact — Présentation d'un projet — Léa Perrin");
		assertThat(toTeam.replyTo()).containsExactly(visitor);
		assertThat(toTeam.text()).contains("E-mail : " + visitor).contains("Téléphone : 06 12 34 56 78");

		ReceivedMail acknowledgment = exactly(1, visitor).get(0);
		assertThat(acknowledgment.subject())
			.isEqualTo("Votre message à Coopérative d'activités et d'emploi est bien reçu");
		assertThat(acknowledgment.text()).startsWith("Bonjour,").contains("Présentation d'un projet");
	}

	@Test
	void theAcknowledgmentEchoesNothingTheVisitorTypedAndComesOnceADay() {
		// the address is a stranger's: a spammer's name and text must not reach it
		String victim = uniqueAddress("victime");
		String spam = "Gagnez 10 000 euros sur https://spam.example/" + UUID.randomUUID();
		Map<String, Object> form = form(victim, spam);
		form.put("name", "Cliquez sur https://spam.example");
		post(form).expectStatus().isAccepted();
		post(form(victim, spam + " encore")).expectStatus().isAccepted();
		post(form(victim, spam + " et encore")).expectStatus().isAccepted();

		// three messages, two steps each (to the team, then acknowledged or not): the
		// team
		// gets the three, the address one fixed acknowledgment
		assertThat(this.job.sendPending()).isEqualTo(6);
		ReceivedMail acknowledgment = exactly(1, victim).get(0);
		assertThat(acknowledgment.text()).doesNotContain("spam.example")
			.doesNotContain("Gagnez")
			.doesNotContain("Cliquez");
		assertThat(acknowledgment.html()).doesNotContain("spam.example");
		assertThat(this.messages.pending()).isZero();
	}

	@Test
	void badInputIsExplainedInFrenchAndNothingIsStored() {
		long before = this.messages.pending();
		Map<String, Object> bad = form("pas-une-adresse", "court");
		bad.put("name", "x".repeat(1_000_000));
		bad.put("consent", false);
		post(bad).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[?(@.field=='email')].message")
			.isEqualTo("Cette adresse e-mail n'est pas valide.")
			.jsonPath("$.errors[?(@.field=='message')].message")
			.isEqualTo("Votre message doit compter de 10 à 5 000 caractères.")
			.jsonPath("$.errors[?(@.field=='name')]")
			.exists()
			.jsonPath("$.errors[?(@.field=='consent')]")
			.exists();
		Map<String, Object> wrongTopic = form(uniqueAddress("lea"), "Un message assez long pour passer.");
		wrongTopic.put("topic", "SPAM");
		post(wrongTopic).expectStatus().isBadRequest();
		assertThat(this.messages.pending()).isEqualTo(before);
	}

	@Test
	void onlyTheConsentTextInForceIsAcceptedAndItsVersionIsKeptWithTheMessage() {
		consents.putInForce("CONTACT_MESSAGE", 3);
		try {
			String visitor = uniqueAddress("lea");
			post(form(visitor, "Bonjour, je voudrais présenter mon projet.")).expectStatus().isAccepted();
			assertThat(this.jdbc.sql("select consent_version from contact_message where email = ?")
				.param(visitor)
				.query(Integer.class)
				.single()).isEqualTo(3);

			// the page was opened before the text changed
			String late = uniqueAddress("lea");
			Map<String, Object> stale = form(late, "Bonjour, je voudrais présenter mon projet.");
			stale.put("consentVersion", 2);
			post(stale).expectStatus()
				.isEqualTo(409)
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://coopemploi.com/problems/consent-changed")
				.jsonPath("$.detail")
				.isEqualTo(
						"Le texte de consentement a changé depuis l'ouverture de la page. Relisez-le puis validez à nouveau.");
			Map<String, Object> none = form(late, "Bonjour, je voudrais présenter mon projet.");
			none.remove("consentVersion");
			post(none).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("consentVersion")
				.jsonPath("$.errors[0].message")
				.isEqualTo("Le formulaire doit indiquer la version du texte de consentement que vous avez lue.");
			Map<String, Object> impossible = form(late, "Bonjour, je voudrais présenter mon projet.");
			impossible.put("consentVersion", 0);
			post(impossible).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("consentVersion");
			// events-service cannot say which text is in force: nothing is kept on trust
			consents.answering(false);
			post(form(late, "Bonjour, je voudrais présenter mon projet.")).expectStatus()
				.isEqualTo(503)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://coopemploi.com/problems/unavailable");
			assertThat(this.jdbc.sql("select count(*) from contact_message where email = ?")
				.param(late)
				.query(Long.class)
				.single()).isZero();
		}
		finally {
			consents.answering(true);
			consents.putInForce("CONTACT_MESSAGE", 1);
		}
	}

	@Test
	void aRobotFillingTheHiddenFieldIsRefusedAndNothingIsSent() {
		String robot = uniqueAddress("robot");
		Map<String, Object> form = form(robot, "Achetez nos produits miracles dès aujourd'hui.");
		form.put("honeypot", "http://spam.example");
		long before = this.messages.pending();
		post(form).expectStatus().isBadRequest();
		assertThat(this.messages.pending()).isEqualTo(before);
		this.job.sendPending();
		assertThat(sentTo(robot)).isZero();
	}

}
