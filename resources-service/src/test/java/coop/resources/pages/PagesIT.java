package coop.resources.pages;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import coop.platform.contracts.ContractJson;
import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.messaging.BrokerPublisher;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.messaging.cooperative.CooperativeCopy;
import coop.platform.messaging.privacy.DataSubject;
import coop.platform.messaging.privacy.PersonalData;
import coop.platform.test.Eventually;
import coop.platform.test.KeycloakServer;
import coop.platform.test.OwnSolrServer;
import coop.platform.test.TestServers;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The presentation pages on the real servers: MongoDB (database
 * {@code resources_pages_it}), RabbitMQ (the tests' own virtual host), Keycloak with the
 * realm's demo users and a Solr of the tests' own. Camille (staff of the head office)
 * writes; Nadia (staff of an antenna), Lucas and Marie may not; visitors read what is
 * published. Each test writes pages with addresses of its own run.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "eureka.client.enabled=false", "coop.cooperative-copy.enabled=false" })
class PagesIT {

	static final OwnSolrServer solr = TestServers.ownSolr();

	static final KeycloakServer keycloak = TestServers.keycloak();

	private static final Map<String, String> tokens = new HashMap<>();

	static final String CAMILLE = "d878fdcd-27d2-4bfb-b69a-bc9a9df09557";

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		TestServers.mongo("resources_pages_it").register(registry);
		TestServers.rabbit().register(registry);
		solr.register(registry);
		keycloak.register(registry);
	}

	@Value("${local.server.port}")
	int port;

	@Autowired
	CooperativeCopy cooperative;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	RabbitAdmin rabbitAdmin;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	BrokerPublisher broker;

	@Autowired
	PageVersionsUpgrade upgrade;

	@Autowired
	PersonalData personalData;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void theCooperative() {
		this.cooperative.keep(new CooperativeChanged("Coopérative du Lac " + this.run, "Lac", "#1d4e89", null, null,
				new CooperativeChanged.PostalAddress("3 quai Est", "69002", "Lyon"), "bonjour@lac.example", null,
				"Coopérative du Lac", null, "SCOP SA", null, List.of(), List.of(), Instant.now()));
	}

	@Test
	void theDefaultPagesArePublishedAtStartAndNameTheCooperativeFromItsSettings() {
		JsonNode list = as(null).get("/api/resources/public/pages").expect(200);
		List<String> slugs = new ArrayList<>();
		list.forEach((page) -> slugs.add(page.path("slug").asString()));
		assertThat(slugs).containsAll(DefaultPages.SLUGS);
		// the menu's seven questions come first, in their order
		assertThat(slugs.subList(0, 7)).containsExactly("place-de-la-cae", "pour-qui", "statut", "activites",
				"parcours", "accompagnement", "accompagnateurs");
		assertThat(list.get(2).path("path").asString()).isEqualTo("/cooperative/statut");

		JsonNode home = as(null).get("/api/resources/public/pages/cooperative").expect(200);
		assertThat(home.path("path").asString()).isEqualTo("/cooperative");
		assertThat(home.path("html").asString()).contains("Coopérative du Lac " + this.run)
			.doesNotContain("{{")
			.contains("href=\"/agenda?kind=INFO_MEETING\"");
		JsonNode privacy = as(null).get("/api/resources/public/pages/confidentialite").expect(200);
		assertThat(privacy.path("html").asString())
			.contains("Coopérative du Lac " + this.run + ", SCOP SA, 3 quai Est, 69002 Lyon, est responsable")
			.contains("<a href=\"mailto:bonjour@lac.example\">bonjour@lac.example</a>");
		assertThat(privacy.path("description").asString()).startsWith("Les données que Coopérative du Lac");
	}

	@Test
	void staffWriteADraftPublishItAndRestoreAnEarlierVersion() {
		String slug = "nos-valeurs-" + this.run;
		JsonNode created = as("camille.staff")
			.post("/api/resources/pages", page(slug, "Nos valeurs", "La **coopération** d'abord."))
			.expect(201);
		String id = created.path("id").asString();
		assertThat(created.path("path").asString()).isEqualTo("/cooperative/" + slug);
		assertThat(created.path("html").asString()).isEqualTo("<p>La <strong>coopération</strong> d'abord.</p>");
		assertThat(created.path("version").isNull()).isTrue();
		// a draft is nobody's to read but staff's
		as(null).get("/api/resources/public/pages/" + slug).expect(404);

		try (Probe probe = probe()) {
			JsonNode published = as("camille.staff").post("/api/resources/pages/" + id + "/publish", null).expect(200);
			assertThat(published.path("version").asInt()).isEqualTo(1);
			assertThat(published.path("draftChanged").asBoolean()).isFalse();
			MessageEnvelope told = probe.await(id);
			assertThat(told.payload().path("slug").asString()).isEqualTo(slug);
			assertThat(told.payload().path("path").asString()).isEqualTo("/cooperative/" + slug);
			assertThat(told.payload().path("version").asInt()).isEqualTo(1);
		}
		JsonNode online = as(null).get("/api/resources/public/pages/" + slug).expect(200);
		assertThat(online.path("title").asString()).isEqualTo("Nos valeurs");
		assertThat(online.path("html").asString()).contains("coopération");

		// publishing the same text again has nothing new to put online
		JsonNode unchanged = as("camille.staff").post("/api/resources/pages/" + id + "/publish", null).expect(409);
		assertThat(unchanged.path("type").asString()).isEqualTo("https://coopemploi.com/problems/page-unchanged");

		// a second version: the first stays online while it is written
		long revision = as("camille.staff").get("/api/resources/pages/" + id).expect(200).path("revision").asLong();
		as("camille.staff")
			.put("/api/resources/pages/" + id, draft("Nos valeurs", "La **solidarité** aussi.", revision))
			.expect(200);
		assertThat(as(null).get("/api/resources/public/pages/" + slug).expect(200).path("html").asString())
			.contains("coopération");
		as("camille.staff").post("/api/resources/pages/" + id + "/publish", null).expect(200);
		assertThat(as(null).get("/api/resources/public/pages/" + slug).expect(200).path("html").asString())
			.contains("solidarité");

		// the first version comes back as the draft, then online once published
		JsonNode restored = as("camille.staff").post("/api/resources/pages/" + id + "/versions/1/restore", null)
			.expect(200);
		assertThat(restored.path("body").asString()).isEqualTo("La **coopération** d'abord.");
		assertThat(restored.path("draftChanged").asBoolean()).isTrue();
		assertThat(as(null).get("/api/resources/public/pages/" + slug).expect(200).path("version").asInt())
			.isEqualTo(2);
		JsonNode third = as("camille.staff").post("/api/resources/pages/" + id + "/publish", null).expect(200);
		assertThat(third.path("versions")).hasSize(3);
		assertThat(third.path("versions").get(0).path("number").asInt()).isEqualTo(3);
		assertThat(third.path("versions").get(0).path("online").asBoolean()).isTrue();
		assertThat(third.path("versions").get(0).path("publishedBy").asString()).isNotBlank();
		JsonNode second = as("camille.staff").get("/api/resources/pages/" + id + "/versions/2").expect(200);
		assertThat(second.path("body").asString()).isEqualTo("La **solidarité** aussi.");
		assertThat(second.path("online").asBoolean()).isFalse();
		assertThat(as(null).get("/api/resources/public/pages/" + slug).expect(200).path("html").asString())
			.contains("coopération");
		as("camille.staff").get("/api/resources/pages/" + id + "/versions/9").expect(404);

		// the history lives beside the page: the page holds its draft and the version
		// online only
		Document stored = this.mongo.getCollection("pages").find(new Document("_id", new ObjectId(id))).first();
		assertThat(stored).doesNotContainKey("versions");
		assertThat(stored.get("online", Document.class).getInteger("number")).isEqualTo(3);
		assertThat(this.mongo.getCollection("page_versions").countDocuments(new Document("pageId", id))).isEqualTo(3);
		JsonNode listed = as(null).get("/api/resources/public/pages").expect(200);
		listed.forEach((page) -> assertThat(page.has("versions") || page.has("body") || page.has("html"))
			.as("a list of titles, no version nor text")
			.isFalse());
	}

	@Test
	void pagesStoredWithTheirVersionsInsideAreUpgradedAtStartOnceForAll() {
		String slug = "ancienne-" + this.run;
		ObjectId id = new ObjectId();
		Date first = Date.from(Instant.parse("2026-11-01T09:00:00Z"));
		Date second = Date.from(Instant.parse("2026-11-20T09:00:00Z"));
		this.mongo.getCollection("pages")
			.insertOne(new Document("_id", id).append("slug", slug)
				.append("draft", content("Ancienne page", "Second texte."))
				.append("versions",
						List.of(version(1, "Premier texte.", first, "Camille Rey"),
								version(2, "Second texte.", second, "Camille Rey")))
				.append("createdAt", first)
				.append("updatedAt", second)
				.append("updatedBy", "Camille Rey")
				.append("revision", 4L)
				.append("outbox", List.of()));

		assertThat(this.upgrade.upgrade()).isEqualTo(1);

		Document stored = this.mongo.getCollection("pages").find(new Document("_id", id)).first();
		assertThat(stored).doesNotContainKey("versions");
		assertThat(stored.get("online", Document.class).getInteger("number")).isEqualTo(2);
		assertThat(as(null).get("/api/resources/public/pages/" + slug).expect(200).path("html").asString())
			.contains("Second texte.");
		JsonNode detail = as("camille.staff").get("/api/resources/pages/" + id.toHexString()).expect(200);
		assertThat(detail.path("version").asInt()).isEqualTo(2);
		assertThat(detail.path("draftChanged").asBoolean()).isFalse();
		assertThat(detail.path("versions")).hasSize(2);
		assertThat(detail.path("versions").get(0).path("online").asBoolean()).isTrue();
		assertThat(detail.path("versions").get(1).path("publishedBy").asString()).isEqualTo("Camille Rey");
		assertThat(as("camille.staff").get("/api/resources/pages/" + id.toHexString() + "/versions/1")
			.expect(200)
			.path("body")
			.asString()).isEqualTo("Premier texte.");

		// run again (or after a stop half-way): nothing more to move, the same history
		assertThat(this.upgrade.upgrade()).isZero();
		assertThat(this.mongo.getCollection("page_versions").countDocuments(new Document("pageId", id.toHexString())))
			.isEqualTo(2);
		// a version online missing from the history (a stop between a publication's two
		// writes) is written again
		this.mongo.getCollection("page_versions").deleteOne(new Document("_id", id.toHexString() + ":2"));
		this.upgrade.upgrade();
		assertThat(as("camille.staff").get("/api/resources/pages/" + id.toHexString() + "/versions/2")
			.expect(200)
			.path("body")
			.asString()).isEqualTo("Second texte.");
		as("camille.staff").post("/api/resources/pages/" + id.toHexString() + "/versions/1/restore", null).expect(200);
		JsonNode third = as("camille.staff").post("/api/resources/pages/" + id.toHexString() + "/publish", null)
			.expect(200);
		assertThat(third.path("version").asInt()).isEqualTo(3);
		assertThat(as(null).get("/api/resources/public/pages/" + slug).expect(200).path("html").asString())
			.contains("Premier texte.");
	}

	@Test
	@SuppressWarnings("unchecked")
	void anErasedStaffMemberIsNamedNoMoreInThePagesHistoryAndTheirExportListsWhatTheyWrote() {
		String slug = "auteur-" + this.run;
		String id = as("camille.staff").post("/api/resources/pages", page(slug, "Page de Camille", "Premier."))
			.expect(201)
			.path("id")
			.asString();
		as("camille.staff").post("/api/resources/pages/" + id + "/publish", null).expect(200);
		long revision = as("camille.staff").get("/api/resources/pages/" + id).expect(200).path("revision").asLong();
		as("camille.staff").put("/api/resources/pages/" + id, draft("Page de Camille", "Deuxième.", revision))
			.expect(200);
		JsonNode before = as("camille.staff").get("/api/resources/pages/" + id).expect(200);
		assertThat(before.path("updatedBy").asString()).isEqualTo("Camille Rey");
		assertThat(before.path("versions").get(0).path("publishedBy").asString()).isEqualTo("Camille Rey");
		// a version published before subjects were kept (her name only), and another
		// person's
		this.mongo.getCollection("page_versions")
			.insertMany(List.of(
					new Document("_id", id + ":90").append("pageId", id)
						.append("number", 90)
						.append("content", content("Page de Camille", "Ancien."))
						.append("publishedAt", new Date())
						.append("publishedBy", "Camille Rey"),
					new Document("_id", id + ":91").append("pageId", id)
						.append("number", 91)
						.append("content", content("Page de Camille", "D'une autre."))
						.append("publishedAt", new Date())
						.append("publishedBy", "Nadia Perret")));
		DataSubject camille = new DataSubject(CAMILLE, "camille.rey@demo.coopemploi.test", "Camille", "Rey");

		PersonalData.Exported exported = this.personalData.export(camille);
		List<Map<String, Object>> versions = (List<Map<String, Object>>) exported.part().get("pageVersions");
		assertThat(versions.stream().filter((version) -> slug.equals(version.get("page"))))
			.extracting((version) -> version.get("number"))
			.containsExactlyInAnyOrder(1, 90);
		assertThat((List<Map<String, Object>>) exported.part().get("pageDrafts"))
			.anyMatch((draft) -> slug.equals(draft.get("page")) && "Page de Camille".equals(draft.get("draftTitle")));
		assertThat(exported.summary()).contains("version(s) de page de présentation publiée(s)");

		PersonalData.Erased erased = this.personalData.erase(camille);
		assertThat(erased.anonymised()).isGreaterThanOrEqualTo(3);
		JsonNode after = as("nadia.staff").get("/api/resources/pages/" + id).expect(200);
		assertThat(after.path("updatedBy").asString()).isEqualTo("Ancien membre de la coopérative");
		List<String> authors = new ArrayList<>();
		after.path("versions").forEach((version) -> authors.add(version.path("publishedBy").asString()));
		assertThat(authors).containsExactly("Nadia Perret", "Ancien membre de la coopérative",
				"Ancien membre de la coopérative");
		assertThat(as(null).get("/api/resources/public/pages/" + slug).expect(200).path("html").asString())
			.as("the page stays")
			.contains("Premier.");
		for (String collection : List.of("pages", "page_versions")) {
			assertThat(this.mongo.getCollection(collection).find().map(Document::toJson).into(new ArrayList<>()))
				.as(collection)
				.noneMatch((json) -> json.contains("Camille Rey") || json.contains(CAMILLE));
		}
		assertThat(this.personalData.erase(camille).anonymised()).as("run again: nothing left").isZero();
	}

	private static Document content(String title, String body) {
		return new Document("title", title).append("description", "Description de " + title).append("body", body);
	}

	private static Document version(int number, String body, Date at, String by) {
		return new Document("number", number).append("content", content("Ancienne page", body))
			.append("publishedAt", at)
			.append("publishedBy", by);
	}

	@Test
	void aChangeFromAnOlderRevisionIsRefusedAndNothingIsLost() {
		String slug = "deux-onglets-" + this.run;
		JsonNode created = as("camille.staff").post("/api/resources/pages", page(slug, "Deux onglets", "Premier."))
			.expect(201);
		String id = created.path("id").asString();
		long revision = created.path("revision").asLong();
		as("camille.staff").put("/api/resources/pages/" + id, draft("Deux onglets", "Deuxième.", revision)).expect(200);
		JsonNode stale = as("camille.staff")
			.put("/api/resources/pages/" + id, draft("Deux onglets", "Troisième.", revision))
			.expect(409);
		assertThat(stale.path("detail").asString()).contains("modifiée entre-temps");
		assertThat(as("camille.staff").get("/api/resources/pages/" + id).expect(200).path("body").asString())
			.isEqualTo("Deuxième.");
	}

	@Test
	void aPublishedPageIsFoundByVisitorsInTheSiteSearch() {
		String word = "zephyrine" + this.run.replaceAll("[0-9]", "");
		String slug = "trouvee-" + this.run;
		String id = as("camille.staff")
			.post("/api/resources/pages", page(slug, "Page trouvée", "On y parle de " + word + "."))
			.expect(201)
			.path("id")
			.asString();
		as("camille.staff").post("/api/resources/pages/" + id + "/publish", null).expect(200);
		JsonNode found = Eventually.await(
				() -> as(null).get("/api/resources/public/search?q=" + word + "&type=page").expect(200),
				(results) -> results.path("total").asInt() == 1, Duration.ofSeconds(20));
		JsonNode item = found.path("items").get(0);
		assertThat(item.path("type").asString()).isEqualTo("page");
		assertThat(item.path("title").asString()).isEqualTo("Page trouvée");
		assertThat(item.path("url").asString()).endsWith("/cooperative/" + slug);
	}

	@Test
	void aRenamedCooperativeIsFoundUnderItsNewNameInThePages() {
		String word = "Azurine" + this.run.replaceAll("[0-9]", "");
		this.broker.publish(
				MessageEnvelope.of(
						new CooperativeChanged("Coopérative " + word, word, "#1d4e89", null, null, null, null, null,
								word, null, null, null, List.of(), List.of(), Instant.now().plusSeconds(1)),
						Instant.now()));
		JsonNode found = Eventually.await(
				() -> as(null).get("/api/resources/public/search?q=" + word + "&type=page&size=50").expect(200),
				(results) -> results.path("total").asInt() >= 5, Duration.ofSeconds(20));
		List<String> urls = new ArrayList<>();
		found.path("items").forEach((item) -> urls.add(item.path("url").asString()));
		assertThat(urls).anyMatch((url) -> url.endsWith("/mentions-legales"));
	}

	@Test
	void staffOrderTheMenuAndPagesLeftOutLeaveIt() {
		JsonNode all = as("camille.staff").get("/api/resources/pages").expect(200);
		Map<String, String> ids = new HashMap<>();
		all.forEach((page) -> ids.put(page.path("slug").asString(), page.path("id").asString()));
		List<String> order = List.of(ids.get("statut"), ids.get("place-de-la-cae"), ids.get("pour-qui"),
				ids.get("activites"), ids.get("parcours"), ids.get("accompagnement"), ids.get("accompagnateurs"));
		try (Probe probe = probe()) {
			as("camille.staff").put("/api/resources/pages/menu", Map.of("order", order)).expect(200);
			assertThat(probe.await(ids.get("statut")).payload().path("menuOrder").asInt()).isZero();
		}
		JsonNode menu = as(null).get("/api/resources/public/pages").expect(200);
		assertThat(menu.get(0).path("slug").asString()).isEqualTo("statut");
		assertThat(menu.get(1).path("slug").asString()).isEqualTo("place-de-la-cae");
		// back to the default order
		List<String> back = List.of(ids.get("place-de-la-cae"), ids.get("pour-qui"), ids.get("statut"),
				ids.get("activites"), ids.get("parcours"), ids.get("accompagnement"), ids.get("accompagnateurs"));
		as("camille.staff").put("/api/resources/pages/menu", Map.of("order", back)).expect(200);
		assertThat(as(null).get("/api/resources/public/pages").expect(200).get(0).path("slug").asString())
			.isEqualTo("place-de-la-cae");

		JsonNode unknown = as("camille.staff")
			.put("/api/resources/pages/menu", Map.of("order", List.of("000000000000000000000000")))
			.expect(400);
		assertThat(unknown.path("errors").get(0).path("field").asString()).isEqualTo("order");
		as("camille.staff")
			.put("/api/resources/pages/menu", Map.of("order", List.of(ids.get("statut"), ids.get("statut"))))
			.expect(400);
	}

	@Test
	void badInputIsAFrenchProblemAndNothingIsStored() {
		long before = this.mongo.getCollection("pages").countDocuments();
		String slug = "refusee-" + this.run;
		assertField(as("camille.staff").post("/api/resources/pages", page(slug, "T", "<script>alert(1)</script>")),
				"body", "HTML interdit");
		assertField(as("camille.staff").post("/api/resources/pages", page(slug, "T", "[clic](javascript:alert(1))")),
				"body", "http, https et mailto");
		assertField(as("camille.staff").post("/api/resources/pages", page(slug, "T", "<img src=x onerror=alert(1)>")),
				"body", "HTML interdit");
		assertField(as("camille.staff").post("/api/resources/pages", page("Nos Valeurs!", "T", "Texte.")), "slug",
				"Lettres minuscules");
		assertField(as("camille.staff").post("/api/resources/pages", page(slug, " ", "Texte.")), "title",
				"Indiquez un titre");
		assertField(as("camille.staff").post("/api/resources/pages", page(slug, "T", "x".repeat(50_001))), "body",
				"50 000 caractères");
		assertField(as("camille.staff").post("/api/resources/pages", page("x".repeat(61), "T", "Texte.")), "slug",
				"60 caractères");
		as("camille.staff").post("/api/resources/pages", "pas du json").expect(400);
		as("camille.staff").post("/api/resources/pages", List.of(1, 2)).expect(400);
		// an address already taken
		JsonNode taken = as("camille.staff").post("/api/resources/pages", page("statut", "Statut", "Texte."))
			.expect(409);
		assertThat(taken.path("type").asString()).isEqualTo("https://coopemploi.com/problems/page-slug-taken");
		assertThat(taken.path("detail").asString()).contains("déjà cette adresse");
		assertThat(taken.path("errors").get(0).path("field").asString()).isEqualTo("slug");
		assertThat(this.mongo.getCollection("pages").countDocuments()).isEqualTo(before);

		as("camille.staff").get("/api/resources/pages/000000000000000000000000").expect(404);
		as("camille.staff").post("/api/resources/pages/000000000000000000000000/publish", null).expect(404);
		as("camille.staff").get("/api/resources/pages/x/versions/0").expect(400);
		as("camille.staff").get("/api/resources/pages/x/versions/abc").expect(400);
		as(null).get("/api/resources/public/pages/" + "x".repeat(61)).expect(400);
		as(null).get("/api/resources/public/pages/inconnue").expect(404);
		assertField(
				as("camille.staff").post("/api/resources/pages/preview", Map.of("body", "[x](javascript:alert(1))")),
				"body", "http, https et mailto");
		assertThat(as("camille.staff").post("/api/resources/pages/preview", Map.of("body", "# Titre {{nom}}"))
			.expect(200)
			.path("html")
			.asString()).isEqualTo("<h1>Titre Coopérative du Lac " + this.run + "</h1>");
	}

	@Test
	void onlyStaffOfTheHeadOfficeChangePagesAndVisitorsReadPublishedOnes() {
		Map<String, Object> body = page("interdite-" + this.run, "Interdite", "Texte.");
		as(null).post("/api/resources/pages", body).expect(401);
		as("marie.entrepreneur").post("/api/resources/pages", body).expect(403);
		as("lucas.coach").get("/api/resources/pages").expect(403);
		as("sophie.prescriber").get("/api/resources/pages").expect(403);
		// staff of an antenna read the pages but the whole cooperative's texts are the
		// head office's
		as("nadia.staff").get("/api/resources/pages").expect(200);
		JsonNode refused = as("nadia.staff").post("/api/resources/pages", body).expect(403);
		assertThat(refused.path("detail").asString()).contains("siège");
		as("marie.entrepreneur").get("/api/resources/public/pages/statut").expect(200);
	}

	private void assertField(Answer answer, String field, String message) {
		JsonNode problem = answer.expect(400);
		assertThat(problem.path("type").asString()).isEqualTo("https://coopemploi.com/problems/validation");
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(field);
		assertThat(problem.path("errors").get(0).path("message").asString()).contains(message);
	}

	private static Map<String, Object> page(String slug, String title, String body) {
		Map<String, Object> page = new HashMap<>();
		page.put("slug", slug);
		page.put("title", title);
		page.put("description", "Description de " + title);
		page.put("body", body);
		return page;
	}

	private static Map<String, Object> draft(String title, String body, long revision) {
		return Map.of("title", title, "description", "Description de " + title, "body", body, "revision", revision);
	}

	/** Listens to {@code resources.page.published} from now on, on a queue of its own. */
	Probe probe() {
		Queue queue = new Queue("test.probe." + UUID.randomUUID(), false, false, false);
		this.rabbitAdmin.declareQueue(queue);
		this.rabbitAdmin.declareBinding(
				BindingBuilder.bind(queue).to(new TopicExchange("coop.events")).with("resources.page.published"));
		return new Probe(queue.getName());
	}

	final class Probe implements AutoCloseable {

		private final String queue;

		Probe(String queue) {
			this.queue = queue;
		}

		MessageEnvelope await(String pageId) {
			Instant deadline = Instant.now().plusSeconds(20);
			while (Instant.now().isBefore(deadline)) {
				Message message = PagesIT.this.rabbit.receive(this.queue, 500);
				if (message != null) {
					MessageEnvelope envelope = MessageEnvelope.fromJson(message.getBody());
					if (envelope.payload().path("pageId").asString().equals(pageId)) {
						return envelope;
					}
				}
			}
			throw new AssertionError("No resources.page.published for " + pageId);
		}

		@Override
		public void close() {
			PagesIT.this.rabbitAdmin.deleteQueue(this.queue);
		}

	}

	Call as(String username) {
		return new Call(username);
	}

	final class Call {

		private final String username;

		Call(String username) {
			this.username = username;
		}

		Answer get(String uri) {
			return send(HttpMethod.GET, uri, null);
		}

		Answer post(String uri, Object json) {
			return send(HttpMethod.POST, uri, json);
		}

		Answer put(String uri, Object json) {
			return send(HttpMethod.PUT, uri, json);
		}

		private Answer send(HttpMethod method, String uri, Object json) {
			RestTestClient client = RestTestClient.bindToServer()
				.baseUrl("http://localhost:" + PagesIT.this.port)
				.build();
			RestTestClient.RequestBodySpec request = client.method(method).uri(uri);
			if (this.username != null) {
				request.header(HttpHeaders.AUTHORIZATION,
						"Bearer " + tokens.computeIfAbsent(this.username, keycloak::accessToken));
			}
			if (json != null) {
				request.contentType(MediaType.APPLICATION_JSON).body(json);
			}
			EntityExchangeResult<byte[]> result = request.exchange().expectBody(byte[].class).returnResult();
			return new Answer(result.getStatus().value(), result.getResponseBody());
		}

	}

	record Answer(int status, byte[] bytes) {

		JsonNode expect(int expected) {
			String text = (this.bytes != null) ? new String(this.bytes, java.nio.charset.StandardCharsets.UTF_8) : "";
			if (this.status != expected) {
				throw new AssertionError("Expected " + expected + " but was " + this.status + ": " + text);
			}
			return ContractJson.mapper().readTree(text.isEmpty() ? "null" : text);
		}

	}

}
