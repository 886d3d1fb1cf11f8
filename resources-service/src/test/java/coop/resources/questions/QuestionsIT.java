package coop.resources.questions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import coop.platform.contracts.ContractJson;
import coop.platform.contracts.resources.AnswerAccepted;
import coop.platform.contracts.resources.Participant;
import coop.platform.contracts.resources.QuestionAnswered;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.Eventually;
import coop.platform.test.KeycloakServer;
import coop.platform.test.OwnSolrServer;
import coop.platform.test.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questions-and-answers space through its API, with real tokens, MongoDB, RabbitMQ
 * and Solr: Marie asks, Lucas (a coach, marked) and Théo answer, each answer tells her on
 * the broker; she accepts Lucas's and the followers are told; upvotes; a coach hides an
 * off-topic post with a reason that its author reads while others no longer see it; the
 * coaches' space is theirs; questions are found by the words of their answers; bad input
 * is a French 400.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
class QuestionsIT {

	static final KeycloakServer keycloak = TestServers.keycloak();

	/**
	 * A Solr of the tests' own: their questions never reach a running platform's index.
	 */
	static final OwnSolrServer solr = TestServers.ownSolr();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.mongo("resources_questions_it").register(registry);
		TestServers.rabbit().register(registry);
		solr.register(registry);
		keycloak.register(registry);
	}

	@Value("${local.server.port}")
	int port;

	@Autowired
	RabbitAdmin rabbitAdmin;

	@Autowired
	RabbitTemplate rabbit;

	Queue probe;

	/** A word of this run only, so that searches count nothing of other runs. */
	final String word = token();

	static String token() {
		return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@Autowired
	org.springframework.data.mongodb.core.MongoTemplate mongo;

	static boolean emptied;

	@BeforeEach
	void listen() {
		if (!emptied) {
			// the tests' own database: questions of earlier runs (of earlier versions) go
			this.mongo.dropCollection(Question.class);
			emptied = true;
		}
		this.probe = new Queue("test.questions." + UUID.randomUUID(), false, false, false);
		this.rabbitAdmin.declareQueue(this.probe);
		this.rabbitAdmin
			.declareBinding(BindingBuilder.bind(this.probe).to(new TopicExchange("coop.events")).with("resources.#"));
	}

	@AfterEach
	void stopListening() {
		this.rabbitAdmin.deleteQueue(this.probe.getName());
	}

	@Test
	void marieAsksLucasAndTheoAnswerSheIsToldAndAcceptsLucassAnswer() {
		Map<String, Object> asked = ask("marie.entrepreneur", "MEMBERS",
				"Comment fixer le prix d'une journée de " + this.word + " ?",
				"Je débute. **Faut-il** compter les congés ? <u>Vraiment</u>");
		String id = (String) asked.get("id");
		assertThat(asked.get("bodyHtml")).asString().contains("<strong>Faut-il</strong>").doesNotContain("<script>");
		assertThat(json(asked, "author.role")).isEqualTo("ENTREPRENEUR");
		assertThat(asked.get("following")).isEqualTo(true);

		Map<String, Object> byLucas = answer("lucas.coach", id, "Partez de votre revenu visé, ajoutez vos charges.");
		String lucasAnswer = answerOf(byLucas, "Lucas").get("id").toString();
		assertThat(json(answerOf(byLucas, "Lucas"), "author.role")).isEqualTo("COACH");
		assertThat(json(answerOf(byLucas, "Lucas"), "author.roleLabel")).isEqualTo("Accompagnateur");
		answer("theo.entrepreneur", id, "Moi je prends un taux journalier moyen du secteur.");
		answer("marie.entrepreneur", id, "Merci, je regarde ça.");

		// each answer of someone else tells the asker, her own does not
		List<QuestionAnswered> answered = received(QuestionAnswered.class, id, 2);
		assertThat(answered).extracting(QuestionAnswered::answeredBy).hasSize(2);
		QuestionAnswered first = answered.get(0);
		assertThat(first.asker().email()).isEqualTo(emailOf("marie.entrepreneur"));
		assertThat(first.asker().firstName()).isEqualTo("Marie");
		assertThat(first.byCoach()).isTrue();
		assertThat(first.questionUrl()).endsWith("/intranet/questions/" + id + "#reponse-" + lucasAnswer);
		assertThat(first.excerpt()).isEqualTo("Partez de votre revenu visé, ajoutez vos charges.");
		assertThat(answered.get(1).byCoach()).isFalse();

		// Théo neither asked nor coaches: he may not accept
		call("theo.entrepreneur", HttpMethod.PUT, "/api/resources/questions/" + id + "/accepted",
				Map.of("answerId", lucasAnswer))
			.expectStatus()
			.isForbidden();
		Map<String, Object> accepted = call("marie.entrepreneur", HttpMethod.PUT,
				"/api/resources/questions/" + id + "/accepted", Map.of("answerId", lucasAnswer))
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(accepted.get("acceptedAnswerId")).isEqualTo(lucasAnswer);
		assertThat(accepted.get("acceptedBy")).isEqualTo(nameOf(accepted));
		// the accepted answer comes first
		assertThat(json(answers(accepted).get(0), "id")).isEqualTo(lucasAnswer);
		assertThat(answers(accepted).get(0).get("accepted")).isEqualTo(true);

		AnswerAccepted told = received(AnswerAccepted.class, id, 1).get(0);
		assertThat(told.followers()).extracting(Participant::email)
			.containsExactlyInAnyOrder(emailOf("lucas.coach"), emailOf("theo.entrepreneur"));
		assertThat(told.answerAuthor()).isEqualTo(subjectOf("lucas.coach"));
	}

	@Test
	void upvotesCountOncePerPersonAndNeverForOnesOwnPost() {
		String id = (String) ask("marie.entrepreneur", "MEMBERS", "Quel logiciel de devis pour " + this.word + " ?",
				"Je cherche un outil simple.")
			.get("id");
		String answerId = answerOf(answer("lucas.coach", id, "Celui de la coopérative, enDI."), "Lucas").get("id")
			.toString();
		String votes = "/api/resources/questions/" + id + "/votes/" + answerId;
		call("theo.entrepreneur", HttpMethod.PUT, votes, null).expectStatus().isOk();
		Map<String, Object> twice = call("theo.entrepreneur", HttpMethod.PUT, votes, null).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(json(answers(twice).get(0), "state.votes")).isEqualTo(1);
		assertThat(json(answers(twice).get(0), "state.voted")).isEqualTo(true);
		call("lucas.coach", HttpMethod.PUT, votes, null).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Vous ne pouvez pas voter pour votre propre message.");
		call("theo.entrepreneur", HttpMethod.PUT, "/api/resources/questions/" + id + "/votes/" + id, null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state.votes")
			.isEqualTo(1);
		call("theo.entrepreneur", HttpMethod.DELETE, votes, null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.answers[0].state.votes")
			.isEqualTo(0);
		// following is the reader's own choice
		call("theo.entrepreneur", HttpMethod.PUT, "/api/resources/questions/" + id + "/following", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.following")
			.isEqualTo(true);
	}

	@Test
	void aCoachHidesAnOffTopicPostWithAReasonItsAuthorReadsAndOthersNoLongerSee() {
		String id = (String) ask("marie.entrepreneur", "MEMBERS", "Où trouver des clients pour " + this.word + " ?",
				"Je fais de la menuiserie.")
			.get("id");
		String spamWord = token();
		String spam = answerOf(answer("theo.entrepreneur", id, "Achetez mes formations en ligne " + spamWord), "Théo")
			.get("id")
			.toString();
		Eventually.await(() -> total("marie.entrepreneur", spamWord), (total) -> total == 1, Duration.ofSeconds(15));
		String moderation = "/api/resources/questions/" + id + "/moderation/" + spam;
		call("theo.entrepreneur", HttpMethod.POST, moderation, Map.of("hidden", true, "reason", "Publicité"))
			.expectStatus()
			.isForbidden();
		call("lucas.coach", HttpMethod.POST, moderation, Map.of("hidden", true)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("reason");
		call("lucas.coach", HttpMethod.POST, moderation, Map.of("hidden", true, "reason", "Publicité hors sujet."))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.answers[0].state.hidden")
			.isEqualTo(true)
			.jsonPath("$.answers[0].state.hiddenBy")
			.isEqualTo(nameOfUser("lucas.coach"));

		assertThat(answers(get("marie.entrepreneur", id))).isEmpty();
		Map<String, Object> theirs = answers(get("theo.entrepreneur", id)).get(0);
		assertThat(json(theirs, "state.hidden")).isEqualTo(true);
		assertThat(json(theirs, "state.hiddenReason")).isEqualTo("Publicité hors sujet.");
		assertThat(json(theirs, "state.hiddenBy")).isNull();
		// a hidden answer is no longer found by its words
		Eventually.await(() -> total("marie.entrepreneur", spamWord), (total) -> total == 0, Duration.ofSeconds(15));

		// the whole question: gone for others, its asker still reads it, with the reason
		call("lucas.coach", HttpMethod.POST, "/api/resources/questions/" + id + "/moderation/" + id,
				Map.of("hidden", true, "reason", "Doublon d'une question existante."))
			.expectStatus()
			.isOk();
		call("theo.entrepreneur", HttpMethod.GET, "/api/resources/questions/" + id, null).expectStatus().isNotFound();
		assertThat(json(get("marie.entrepreneur", id), "state.hiddenReason"))
			.isEqualTo("Doublon d'une question existante.");
		call("marie.entrepreneur", HttpMethod.POST, "/api/resources/questions/" + id + "/answers",
				Map.of("body", "Une relance ?"))
			.expectStatus()
			.isEqualTo(409);
		assertThat(list("theo.entrepreneur", "")).doesNotContain(id);
		Eventually.await(() -> total("theo.entrepreneur", this.word), (total) -> total == 0, Duration.ofSeconds(15));

		// shown again
		call("lucas.coach", HttpMethod.POST, "/api/resources/questions/" + id + "/moderation/" + id,
				Map.of("hidden", false))
			.expectStatus()
			.isOk();
		call("theo.entrepreneur", HttpMethod.GET, "/api/resources/questions/" + id, null).expectStatus().isOk();
	}

	@Test
	void theCoachesSpaceIsTheirs() {
		call("marie.entrepreneur", HttpMethod.POST, "/api/resources/questions",
				question("COACHES", "Entre nous : comment gérer " + this.word + " ?", "Question de coach."))
			.expectStatus()
			.isForbidden();
		String id = (String) ask("lucas.coach", "COACHES", "Entre nous : comment gérer " + this.word + " ?",
				"Un entrepreneur ne vient plus aux rendez-vous.")
			.get("id");
		call("marie.entrepreneur", HttpMethod.GET, "/api/resources/questions/" + id, null).expectStatus().isNotFound();
		call("marie.entrepreneur", HttpMethod.GET, "/api/resources/questions?space=COACHES", null).expectStatus()
			.isForbidden();
		assertThat(get("camille.staff", id).get("spaceLabel")).isEqualTo("Entre accompagnateurs");
		assertThat(list("camille.staff", "?space=COACHES")).contains(id);
		assertThat(list("marie.entrepreneur", "")).doesNotContain(id);
		Eventually.await(() -> total("lucas.coach", this.word), (total) -> total == 1, Duration.ofSeconds(15));
		assertThat(total("marie.entrepreneur", this.word)).isZero();
		// prescribers have no place in the space
		call("sophie.prescriber", HttpMethod.GET, "/api/resources/questions", null).expectStatus().isForbidden();
	}

	@Test
	void aQuestionIsFoundByTheWordsOfItsAnswersAndOnlyByMembers() {
		String id = (String) ask("marie.entrepreneur", "MEMBERS", "Assurance pour mon atelier " + this.word + " ?",
				"Laquelle prendre ?")
			.get("id");
		String answerWord = token();
		answer("lucas.coach", id, "La responsabilité civile professionnelle multirisque " + answerWord + ".");
		Eventually.await(() -> total("theo.entrepreneur", answerWord), (total) -> total == 1, Duration.ofSeconds(15));
		Map<String, Object> found = client().get()
			.uri("/api/resources/public/search?q={q}&type=question", answerWord)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + keycloak.accessToken("theo.entrepreneur"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		Map<String, Object> hit = ((List<Map<String, Object>>) found.get("items")).get(0);
		assertThat(hit.get("id")).isEqualTo("question:" + id);
		assertThat(hit.get("typeLabel")).isEqualTo("Question");
		assertThat(hit.get("url")).asString().endsWith("/intranet/questions/" + id);
		assertThat((List<Map<String, Object>>) hit.get("passages")).extracting((p) -> p.get("field")).contains("extra");
		assertThat(total(null, answerWord)).isZero();
	}

	@Test
	void answersWrittenAtTheSameTimeAreAllKept() throws Exception {
		String id = (String) ask("marie.entrepreneur", "MEMBERS", "Qui connaît un comptable " + this.word + " ?",
				"Pour une question de TVA.")
			.get("id");
		String token = keycloak.accessToken("lucas.coach");
		var pool = Executors.newFixedThreadPool(5);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				int n = i;
				answers.add(pool.submit(() -> client().post()
					.uri("/api/resources/questions/" + id + "/answers")
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
					.contentType(MediaType.APPLICATION_JSON)
					.body(Map.of("body", "Réponse numéro " + n))
					.exchange()
					.returnResult()
					.getStatus()
					.value()));
			}
			for (Future<Integer> status : answers) {
				assertThat(status.get()).isEqualTo(201);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(answers(get("marie.entrepreneur", id))).hasSize(5);
	}

	@Test
	void badInputIsAFrench400AndNothingIsKept() {
		expectField(question("MEMBERS", "", "Texte."), "title");
		expectField(question("MEMBERS", "Une question de plus de dix lettres ?", "x".repeat(20_001)), "body");
		expectField(question("MEMBERS", "Une question avec un lien piégé ?", "[clic](javascript:alert(1))"), "body");
		expectField(question("MEMBERS", "Une question avec un script ?", "Bonjour <script>alert(1)</script>"), "body");
		expectField(Map.of("title", "Une question sans thème ?", "body", "Texte.", "themes", List.of()), "themes");
		call("marie.entrepreneur", HttpMethod.POST, "/api/resources/questions",
				Map.of("title", "Un thème inconnu ici ?", "body", "Texte.", "themes", List.of("ASTROLOGIE")))
			.expectStatus()
			.isBadRequest();
		String id = (String) ask("marie.entrepreneur", "MEMBERS", "Une vraie question " + this.word + " ?", "Oui.")
			.get("id");
		call("theo.entrepreneur", HttpMethod.POST, "/api/resources/questions/" + id + "/comments",
				Map.of("body", "c".repeat(1001)))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo("Un commentaire fait 1 000 caractères au plus.");
		call("theo.entrepreneur", HttpMethod.PUT, "/api/resources/questions/" + id,
				question("MEMBERS", "Théo change la question de Marie ?", "Non."))
			.expectStatus()
			.isForbidden();
		call("theo.entrepreneur", HttpMethod.GET, "/api/resources/questions/nope", null).expectStatus().isNotFound();
		call("theo.entrepreneur", HttpMethod.GET, "/api/resources/questions?filter=tout", null).expectStatus()
			.isBadRequest();
		assertThat(list("marie.entrepreneur", "?filter=miennes")).containsOnlyOnce(id);
	}

	// ---- Helpers
	// ------------------------------------------------------------------------

	RestTestClient client() {
		return RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	RestTestClient.ResponseSpec call(String user, HttpMethod method, String path, Object body) {
		// the specs are builders: each call adds to the same request
		RestTestClient.RequestBodySpec request = client().method(method).uri(path);
		if (user != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + keycloak.accessToken(user));
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON);
			return request.body(body).exchange();
		}
		return request.exchange();
	}

	Map<String, Object> question(String space, String title, String body) {
		return Map.of("space", space, "title", title, "body", body, "themes", List.of("SALES", "MANAGEMENT"));
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> ask(String user, String space, String title, String body) {
		return call(user, HttpMethod.POST, "/api/resources/questions", question(space, title, body)).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> answer(String user, String id, String body) {
		return call(user, HttpMethod.POST, "/api/resources/questions/" + id + "/answers", Map.of("body", body))
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> get(String user, String id) {
		return call(user, HttpMethod.GET, "/api/resources/questions/" + id, null).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	List<String> list(String user, String query) {
		Map<String, Object> page = call(user, HttpMethod.GET, "/api/resources/questions" + query, null).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return ((List<Map<String, Object>>) page.get("items")).stream().map((q) -> (String) q.get("id")).toList();
	}

	long total(String user, String text) {
		RestTestClient.RequestHeadersSpec<?> request = client().get().uri("/api/resources/public/search?q={q}", text);
		if (user != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + keycloak.accessToken(user));
		}
		Map<?, ?> results = request.exchange().expectBody(Map.class).returnResult().getResponseBody();
		return ((Number) results.get("total")).longValue();
	}

	void expectField(Map<String, Object> body, String field) {
		call("marie.entrepreneur", HttpMethod.POST, "/api/resources/questions", body).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field)
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/validation");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> answers(Map<String, Object> question) {
		return (List<Map<String, Object>>) question.get("answers");
	}

	static Map<String, Object> answerOf(Map<String, Object> question, String firstName) {
		return answers(question).stream()
			.filter((a) -> json(a, "author.name").toString().startsWith(firstName))
			.findFirst()
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	static Object json(Map<String, Object> map, String path) {
		Object current = map;
		for (String key : path.split("\\.")) {
			current = ((Map<String, Object>) current).get(key);
		}
		return current;
	}

	static String nameOf(Map<String, Object> question) {
		return json(question, "author.name").toString();
	}

	static String nameOfUser(String username) {
		return claim(username, "name");
	}

	static String emailOf(String username) {
		return claim(username, "email");
	}

	static String subjectOf(String username) {
		return claim(username, "sub");
	}

	static String claim(String username, String claim) {
		String token = keycloak.accessToken(username);
		String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
		return ContractJson.mapper().readTree(payload).get(claim).asString();
	}

	/**
	 * The messages of that type the service published, each event once: a message may
	 * travel twice (the outbox is emptied after the broker confirmed), never with two
	 * event ids, and consumers act once per event id. Only those of that question: other
	 * tests' messages may still be on their way.
	 */
	<T extends coop.platform.contracts.IntegrationEvent> List<T> received(Class<T> type, String questionId, int count) {
		String wanted = coop.platform.contracts.IntegrationEvent.typeOf(type).value();
		java.util.Map<String, T> found = new java.util.LinkedHashMap<>();
		Instant deadline = Instant.now().plusSeconds(20);
		Instant quiet = null;
		while (Instant.now().isBefore(deadline) && (quiet == null || Instant.now().isBefore(quiet))) {
			Message message = this.rabbit.receive(this.probe.getName(), 300);
			if (message != null) {
				MessageEnvelope envelope = MessageEnvelope.fromJson(message.getBody());
				if (envelope.type().equals(wanted)
						&& questionId.equals(envelope.payload().path("questionId").asString())) {
					found.putIfAbsent(envelope.eventId().toString(), envelope.payloadAs(type));
				}
			}
			if (found.size() >= count && quiet == null) {
				// and no other event of that type follows
				quiet = Instant.now().plusSeconds(2);
			}
		}
		assertThat(found.values()).as(type.getSimpleName()).hasSize(count);
		return new ArrayList<>(found.values());
	}

}
