package coop.resources.library;

import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import coop.platform.test.KeycloakServer;
import coop.platform.test.MongoServer;
import coop.platform.test.TestServers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo centre loads into an empty database (resources of the first shelf, stored
 * before the moderation, removed first), its files real and of their real types, and
 * every stage of the moderation is there for the demo accounts.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "eureka.client.enabled=false", "coop.demo-data=true" })
class DemoIT {

	static final KeycloakServer keycloak = TestServers.keycloak();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		MongoServer mongo = TestServers.mongo("resources_demo_it");
		// the demo loads into an empty database only; a resource of the first shelf
		// (stored before the
		// moderation) is there, as in a database of an earlier version
		try (MongoClient client = MongoClients.create(mongo.uri())) {
			com.mongodb.client.MongoDatabase database = client
				.getDatabase(mongo.uri().substring(mongo.uri().lastIndexOf('/') + 1));
			database.drop();
			database.getCollection("resources")
				.insertOne(new org.bson.Document("slug", "ancienne-ressource").append("kind", "TEMPLATE")
					.append("title", "Ancienne ressource")
					.append("visibility", "members"));
		}
		mongo.register(registry);
		TestServers.rabbit().register(registry);
		TestServers.ownSolr().register(registry);
		keycloak.register(registry);
	}

	@Value("${local.server.port}")
	int port;

	@Test
	void theDemoCentreHasRealFilesAndEveryStage() {
		JsonNode members = get("theo.entrepreneur", "/api/resources/public/resources?size=100").json();
		assertThat(members.path("total").asLong()).isEqualTo(11);
		assertThat(get(null, "/api/resources/public/resources?size=100").json().path("total").asLong()).isEqualTo(2);
		assertThat(get("lucas.coach", "/api/resources/public/resources?size=100").json().path("total").asLong())
			.isEqualTo(12);

		assertThat(get("theo.entrepreneur", "/api/resources/public/resources/ancienne-ressource").status())
			.isEqualTo(404);

		Map<String, String> types = Map.of("livret-du-createur",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "modele-suivi-activite",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "statut-entrepreneur-salarie",
				"application/pdf", "parcours-dans-la-cooperative", "image/png", "minuteur-pitch", "audio/vnd.wave");
		types.forEach((slug, type) -> {
			JsonNode file = get("theo.entrepreneur", "/api/resources/public/resources/" + slug).json()
				.path("live")
				.path("files")
				.get(0);
			assertThat(file.path("mediaType").asString()).as(slug).isEqualTo(type);
			Download download = download("theo.entrepreneur", file.path("url").asString());
			assertThat(download.status()).as(slug).isEqualTo(200);
			assertThat(download.bytes().length).as(slug).isEqualTo(file.path("size").asLong());
		});
		JsonNode guide = get(null, "/api/resources/public/resources/statut-entrepreneur-salarie").json();
		assertThat(download(null, guide.path("live").path("files").get(0).path("thumbnailUrl").asString()).status())
			.isEqualTo(200);

		// Marie's submission waits for Lucas; Théo's draft is his; Inès refused Théo's
		// link with her reason
		JsonNode queue = get("lucas.coach", "/api/resources/review").json();
		assertThat(queue.path("waiting").valueStream().map((w) -> w.path("resource").path("slug").asString()))
			.contains("reussir-son-marche-de-noel");
		assertThat(queue.path("dueAgain").valueStream().map((w) -> w.path("resource").path("slug").asString()))
			.contains("bpifrance-creation");
		List<JsonNode> theo = get("theo.entrepreneur", "/api/resources/mine").json().valueStream().toList();
		assertThat(theo).extracting((r) -> r.path("state").asString()).containsExactlyInAnyOrder("DRAFT", "REJECTED");
		assertThat(theo.stream()
			.filter((r) -> r.path("state").asString().equals("REJECTED"))
			.findFirst()
			.orElseThrow()
			.path("reason")
			.asString()).contains("Inkscape");
		// the creator's booklet is also an online template; Marie's copy of it is half
		// filled, hers alone
		assertThat(get("theo.entrepreneur", "/api/resources/public/resources/livret-du-createur").json()
			.path("live")
			.path("form")
			.path("sections")).hasSize(5);
		assertThat(get("theo.entrepreneur", "/api/resources/public/resources/modele-suivi-activite").json()
			.path("live")
			.path("form")
			.path("sections")).hasSize(3);
		JsonNode booklet = get("marie.entrepreneur", "/api/resources/public/resources/livret-du-createur-marie").json();
		assertThat(booklet.path("working").path("audience").asString()).isEqualTo("PERSONAL");
		assertThat(booklet.path("copiedFrom").asString()).isEqualTo("livret-du-createur");
		assertThat(booklet.path("tool").path("answers").path("activite").asString()).contains("argent recyclé");
		assertThat(booklet.path("tool").path("answers").has("ca-annee-1")).isFalse();
		assertThat(booklet.path("tool").path("revision").asInt()).isEqualTo(1);
		assertThat(get("theo.entrepreneur", "/api/resources/public/resources/livret-du-createur-marie").status())
			.isEqualTo(404);
		assertThat(get("theo.entrepreneur", "/api/resources/public/resources/exercice-prix-de-revient").json()
			.path("live")
			.path("correctionHtml")
			.asString()).contains("62,40");
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	MongoTemplate mongo;

	@Test
	void aCentreLoadedBeforeOnlineTemplatesGetsTheOnlineBookletAndMariesCopyOnce() throws Exception {
		// as on an installation whose demo centre was loaded before online templates
		this.mongo.updateFirst(Query.query(Criteria.where("slug").is("livret-du-createur")),
				new Update().unset("live.form").unset("working.form"), "resources");
		this.mongo.updateFirst(Query.query(Criteria.where("slug").is("modele-suivi-activite")),
				new Update().unset("live.form").unset("working.form"), "resources");
		this.mongo.remove(Query.query(Criteria.where("slug").is("livret-du-createur-marie")), "resources");
		assertThat(get("marie.entrepreneur", "/api/resources/public/resources/livret-du-createur").json()
			.path("live")
			.path("form")
			.isNull()).isTrue();

		ApplicationRunner demo = this.context.getBean("demoResources", ApplicationRunner.class);
		demo.run(null);
		demo.run(null);

		assertThat(get("marie.entrepreneur", "/api/resources/public/resources/livret-du-createur").json()
			.path("live")
			.path("form")
			.path("sections")).hasSize(5);
		assertThat(get("marie.entrepreneur", "/api/resources/public/resources/livret-du-createur-marie").json()
			.path("tool")
			.path("answers")
			.path("activite")
			.asString()).contains("argent recyclé");
		assertThat(get("marie.entrepreneur", "/api/resources/public/resources/modele-suivi-activite").json()
			.path("live")
			.path("form")
			.path("sections")).hasSize(3);
		assertThat(this.mongo.count(Query.query(Criteria.where("copiedFrom").is("livret-du-createur")), "resources"))
			.isEqualTo(1);
	}

	private Download get(String username, String uri) {
		return download(username, uri);
	}

	private Download download(String username, String uri) {
		RestTestClient.RequestHeadersSpec<?> request = RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.get()
			.uri(uri);
		if (username != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + keycloak.accessToken(username));
		}
		EntityExchangeResult<byte[]> result = request.exchange().expectBody(byte[].class).returnResult();
		return new Download(result.getStatus().value(), result.getResponseBody());
	}

	record Download(int status, byte[] bytes) {

		JsonNode json() {
			return coop.platform.contracts.ContractJson.mapper().readTree(this.bytes);
		}

	}

}
