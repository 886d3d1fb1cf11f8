package coop.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import coop.platform.contracts.members.ErasureScheduled;
import coop.platform.contracts.members.Member;
import coop.platform.contracts.members.PrivacyArchiveReady;
import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.contracts.notification.PrivacyAsked;
import coop.platform.contracts.privacy.PrivacyAnswered;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.MessageProbe;
import coop.platform.test.ReceivedMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GDPR in notification-service: every person's mail leads to their data through the
 * signed page; from it a visitor asks for their data or its erasure (members-service is
 * told once, a forged link tells nothing); this service's part of an export holds the
 * address's mails, reminders and contact messages, and its erasure deletes them (the
 * answer never names the address); the archive's link and the erasure's date are
 * e-mailed.
 */
class PrivacyIT extends WithRealServers {

	private static final Pattern DATA_LINK = Pattern
		.compile("Mes données personnelles : (http://localhost:8080/preferences-courriels\\?jeton=(\\S+))");

	@Value("${local.server.port}")
	int port;

	@Autowired
	AmqpAdmin admin;

	@Autowired
	RabbitTemplate rabbit;

	RestTestClient client;

	final List<MessageProbe<MessageEnvelope>> probes = new ArrayList<>();

	@BeforeEach
	void client() {
		this.client = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@AfterEach
	void removeProbes() {
		this.probes.forEach(MessageProbe::close);
	}

	@Test
	void everyPersonsMailLeadsToTheirDataAndTheLinkAsksForItOnce() {
		String address = uniqueAddress("lea");
		publish(Samples.confirmed(Samples.meeting(), address));
		ReceivedMail confirmation = exactly(1, address).get(0);
		assertThat(confirmation.header("List-Unsubscribe")).as("an essential mail has no unsubscribe").isNull();
		Matcher link = DATA_LINK.matcher(confirmation.text());
		assertThat(link.find()).as(confirmation.text()).isTrue();
		assertThat(confirmation.html()).contains("href=\"" + link.group(1) + "\"");
		String token = java.net.URLDecoder.decode(link.group(2), java.nio.charset.StandardCharsets.UTF_8);
		MessageProbe<MessageEnvelope> asked = probe("notification.privacy.asked");

		ask("forged" + token, "{\"kind\":\"EXPORT\"}").expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/invalid-link");
		ask(token, "{\"kind\":\"ERASURE\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("confirm");
		ask(token, "{\"kind\":\"EXPORT\"}").expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.message")
			.value((String message) -> assertThat(message).contains("lien de votre archive"));

		// the refused requests came first: a message told for one would be ahead of the
		// export's
		asked.first((message) -> message.payloadAs(PrivacyAsked.class).kind() == PrivacyRequested.Kind.EXPORT,
				Duration.ofSeconds(5));
		List<MessageEnvelope> told = asked.received();
		assertThat(told).as("one request told, none for the refused ones").hasSize(1);
		PrivacyAsked request = told.get(0).payloadAs(PrivacyAsked.class);
		assertThat(request.email()).isEqualTo(address.toLowerCase(java.util.Locale.ROOT));
		assertThat(request.kind()).isEqualTo(PrivacyRequested.Kind.EXPORT);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theExportPartHoldsTheAddressesMailsAndTheErasureDeletesThemWithoutNamingIt() {
		String address = uniqueAddress("julien");
		publish(Samples.confirmed(Samples.meeting(), address));
		awaitSent(address, 1);
		this.jdbc
			.sql("""
					insert into contact_message (id, name, email, phone, topic, message, received_at, sent_at)
					values (?, 'Julien Morel', ?, null, 'PROJECT', 'Je voudrais créer mon activité de menuiserie.', now(), now())""")
			.params(UUID.randomUUID(), address)
			.update();
		MessageProbe<MessageEnvelope> answers = probe("privacy.request.answered");
		Member person = new Member(null, null, null, address.toUpperCase(java.util.Locale.ROOT));

		UUID exportId = UUID.randomUUID();
		MessageEnvelope export = publish(
				new PrivacyRequested(exportId, PrivacyRequested.Kind.EXPORT, person, Instant.now()));
		this.broker.publish(export);
		PrivacyAnswered part = answers.first(answering(exportId), Duration.ofSeconds(10))
			.payloadAs(PrivacyAnswered.class);
		assertThat(part.service()).isEqualTo("notification-service");
		assertThat(part.summary()).contains("1 e-mail envoyé").contains("1 message de contact");
		List<Map<String, Object>> sent = (List<Map<String, Object>>) part.part().get("sentMails");
		assertThat(sent).hasSize(1);
		assertThat((String) sent.get(0).get("subject")).startsWith("Inscription confirmée");
		assertThat(part.part().get("contactMessages").toString()).contains("menuiserie");

		UUID erasure = UUID.randomUUID();
		publish(new PrivacyRequested(erasure, PrivacyRequested.Kind.ERASURE, person, Instant.now()));
		List<MessageEnvelope> erased = answers.await(answering(erasure), 1, Duration.ofSeconds(10));
		assertThat(erased).hasSize(1);
		assertThat(answers.received(answering(exportId))).as("handled once though delivered twice").hasSize(1);
		PrivacyAnswered confirmation = erased.get(0).payloadAs(PrivacyAnswered.class);
		assertThat(confirmation.kind()).isEqualTo(PrivacyRequested.Kind.ERASURE);
		assertThat(confirmation.deleted()).isGreaterThanOrEqualTo(3);
		assertThat(confirmation.part()).isNull();
		assertThat(erased.get(0).toJson().toLowerCase(java.util.Locale.ROOT))
			.doesNotContain(address.toLowerCase(java.util.Locale.ROOT));
		for (String table : List.of("sent_mail where lower(recipient)", "contact_message where lower(email)",
				"mail_recipient where lower(address)", "reminder where lower(recipient)")) {
			assertThat(this.jdbc.sql("select count(*) from " + table + " = lower(?)")
				.param(address)
				.query(Long.class)
				.single()).as(table).isZero();
		}
	}

	@Test
	void othersMailsAndRemindersNamingTheErasedPersonKeepTheirLineWithoutThem() {
		String address = uniqueAddress("ysaline");
		String coach = uniqueAddress("coach");
		String team = uniqueAddress("equipe");
		// a name of this run only: the database may keep an earlier run's rows
		String last = "Oubliette" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		String name = "Ysaline " + last;
		insertSent(team, "Formulaire de contact — Présentation d'un projet — " + name);
		insertSent(coach,
				"Rendez-vous confirmé avec " + name.toUpperCase(java.util.Locale.ROOT) + " — samedi 19 décembre 2026");
		insertSent(coach, "Question de " + last + " Ysaline (" + address + ")");
		insertSent(coach, "Rendez-vous confirmé avec Ysaline Martin — samedi 19 décembre 2026");
		// her showcase's business name holds her surname alone; another's name only
		// begins like it
		insertSent(coach, "Vitrine à valider : Menuiserie " + last);
		insertSent(coach, "Vitrine à valider : Atelier " + last + "ier");
		this.jdbc.sql("""
				insert into reminder (id, about_id, recipient, first_name, title, starts_at, ends_at, send_at, as_of)
				values (?, ?, ?, 'Lucas', ?, now() + interval '2 days', now() + interval '2 days 1 hour',
				now() + interval '1 day', now())""")
			.params(UUID.randomUUID(), UUID.randomUUID(), coach, "Rendez-vous avec " + name)
			.update();
		MessageProbe<MessageEnvelope> answers = probe("privacy.request.answered");

		UUID erasure = UUID.randomUUID();
		publish(new PrivacyRequested(erasure, PrivacyRequested.Kind.ERASURE,
				new Member("sub-ysaline", "Ysaline", last, address), Instant.now()));
		List<MessageEnvelope> erased = answers.await(answering(erasure), 1, Duration.ofSeconds(10));
		assertThat(erased).hasSize(1);
		PrivacyAnswered confirmation = erased.get(0).payloadAs(PrivacyAnswered.class);
		assertThat(confirmation.anonymised()).isEqualTo(5);
		assertThat(confirmation.summary()).contains("5 e-mails ou rappels d'autres destinataires anonymisés");
		assertThat(erased.get(0).toJson().toLowerCase(java.util.Locale.ROOT))
			.doesNotContain(last.toLowerCase(java.util.Locale.ROOT));

		assertThat(this.jdbc.sql("select subject from sent_mail where recipient in (?, ?) order by subject")
			.params(team, coach)
			.query(String.class)
			.list()).containsExactly("Formulaire de contact — Présentation d'un projet — Personne anonymisée",
					"Question de Personne anonymisée (Personne anonymisée)",
					"Rendez-vous confirmé avec Personne anonymisée — samedi 19 décembre 2026",
					"Rendez-vous confirmé avec Ysaline Martin — samedi 19 décembre 2026",
					"Vitrine à valider : Atelier " + last + "ier",
					"Vitrine à valider : Menuiserie Personne anonymisée");
		assertThat(
				this.jdbc.sql("select title from reminder where recipient = ?").param(coach).query(String.class).list())
			.containsExactly("Rendez-vous avec Personne anonymisée");
	}

	private void insertSent(String recipient, String subject) {
		this.jdbc.sql(
				"insert into sent_mail (id, cause_id, kind, recipient, subject, sent_at) values (?, ?, 'test', ?, ?, now())")
			.params(UUID.randomUUID(), UUID.randomUUID(), recipient, subject)
			.update();
	}

	@Test
	void theArchivesLinkAndTheErasuresDateAreEmailed() {
		String visitor = uniqueAddress("visiteur");
		publish(new PrivacyArchiveReady(UUID.randomUUID(), new Member(null, null, null, visitor),
				"http://localhost:8080/api/members/public/privacy/archives/abcdefghijklmnopqrstuvwxyz",
				Instant.parse("2027-01-12T08:30:00Z")));
		ReceivedMail ready = exactly(1, visitor).get(0);
		assertThat(ready.subject()).isEqualTo("Vos données personnelles sont prêtes");
		assertThat(ready.text()).contains("Bonjour,")
			.contains("http://localhost:8080/api/members/public/privacy/archives/abcdefghijklmnopqrstuvwxyz")
			.contains("mardi 12 janvier 2027 à 9 h 30");

		String member = uniqueAddress("nina");
		publish(new ErasureScheduled(UUID.randomUUID(), new Member("sub", "Nina", "Garnier", member),
				Instant.parse("2027-01-19T08:00:00Z")));
		ReceivedMail scheduled = exactly(1, member).get(0);
		assertThat(scheduled.subject()).isEqualTo("Effacement de vos données prévu le mardi 19 janvier 2027");
		assertThat(scheduled.text()).contains("Bonjour Nina,")
			.contains("mardi 19 janvier 2027 à 9 h 00")
			.contains("l'annuler");
	}

	private RestTestClient.ResponseSpec ask(String token, String body) {
		return this.client.post()
			.uri((b) -> b.path("/api/notifications/public/privacy-requests").queryParam("token", "{t}").build(token))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private MessageProbe<MessageEnvelope> probe(String routingKey) {
		MessageProbe<MessageEnvelope> probe = MessageProbe.bind(this.admin, this.rabbit, MessageEnvelope::fromJson,
				routingKey);
		this.probes.add(probe);
		return probe;
	}

	private static Predicate<MessageEnvelope> answering(UUID requestId) {
		return (message) -> message.payloadAs(PrivacyAnswered.class).requestId().equals(requestId);
	}

}
