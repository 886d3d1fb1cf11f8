package coop.members;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import coop.members.cooperative.Cooperative;
import coop.members.cooperative.CooperativeSettings;
import coop.members.keycloak.KeycloakAdmin;
import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.messaging.MessageEnvelope;
import coop.platform.test.Eventually;
import coop.platform.test.SampleFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cooperative's settings: neutral defaults before anyone sets them up; head-office
 * staff change them, other services hear of it and Keycloak's themes get the name and
 * sender; unreadable colours, bad logos and other callers are refused with nothing
 * stored.
 */
class CooperativeIT extends WithRealServers {

	static final Map<String, Object> DEMO = Map.ofEntries(Map.entry("name", "COOP'EMPLOI"),
			Map.entry("primaryColour", "#00676b"), Map.entry("secondaryColour", "#b5400f"),
			Map.entry("contactEmail", "contact@coopemploi.com"), Map.entry("senderName", "COOP'EMPLOI"),
			Map.entry("senderEmail", "ne-pas-repondre@coopemploi.com"));

	@Autowired
	CooperativeSettings settings;

	@Autowired
	KeycloakAdmin keycloakAdmin;

	@Autowired
	MongoTemplate mongo;

	@BeforeEach
	void noSettingsYet() {
		this.settings.deleteAll();
	}

	@AfterEach
	void realmBackToTheDemo() {
		// the machine's Keycloak is shared: leave its realm as the demo has it
		RealmBrandingBack.restore(this);
	}

	static final class RealmBrandingBack {

		static void restore(CooperativeIT test) {
			test.as("camille.staff", HttpMethod.PUT, "/api/members/staff/cooperative", DEMO).expectStatus().isOk();
			Eventually.await(() -> test.keycloakAdmin.realm().path("displayName").asString(), "COOP'EMPLOI"::equals,
					Duration.ofSeconds(20));
			test.settings.deleteAll();
		}

	}

	Map<String, Object> settings(String name, String primary, String secondary) {
		Map<String, Object> body = new java.util.HashMap<>(Map.ofEntries(Map.entry("name", name),
				Map.entry("shortName", "Alpes"), Map.entry("primaryColour", primary),
				Map.entry("street", "2 rue des Tilleuls"), Map.entry("postalCode", "74000"),
				Map.entry("town", "Annecy"), Map.entry("contactEmail", "Contact@Alpes.example.org"),
				Map.entry("phone", "04 50 00 00 00"), Map.entry("senderName", name),
				Map.entry("senderEmail", "ne-pas-repondre@alpes.example.org"),
				Map.entry("legalForm", "SCOP SA à capital variable"),
				Map.entry("networks", List.of("Coopérer pour Entreprendre")), Map.entry("socialLinks",
						List.of(Map.of("label", "LinkedIn", "url", "https://www.linkedin.com/company/alpes")))));
		body.put("secondaryColour", secondary);
		return body;
	}

	@Test
	void anEmptyPlatformRunsOnNeutralDefaultsAndSaysItIsNotSetUp() {
		as(null, HttpMethod.GET, "/api/members/public/cooperative", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.configured")
			.isEqualTo(false)
			.jsonPath("$.name")
			.isEqualTo("Coopérative d'activités et d'emploi")
			.jsonPath("$.logoUrl")
			.doesNotExist()
			.jsonPath("$.palette[?(@.name=='white')].hex")
			.isEqualTo("#ffffff");
	}

	@Test
	void headOfficeStaffSetTheCooperativeUpAndEveryServiceAndKeycloakHearOfIt() {
		try (Probe probe = probe("members.cooperative.changed")) {
			as("camille.staff", HttpMethod.PUT, "/api/members/staff/cooperative",
					settings("Alpes Entreprendre", "#1F5F8B", "#8a3b12"))
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.configured")
				.isEqualTo(true)
				.jsonPath("$.primaryColour")
				.isEqualTo("#1f5f8b")
				.jsonPath("$.palette[?(@.name=='accent')].hex")
				.isEqualTo("#8a3b12");

			as(null, HttpMethod.GET, "/api/members/public/cooperative", null).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.name")
				.isEqualTo("Alpes Entreprendre")
				.jsonPath("$.contactEmail")
				.isEqualTo("contact@alpes.example.org")
				.jsonPath("$.address.town")
				.isEqualTo("Annecy")
				.jsonPath("$.socialLinks[0].url")
				.isEqualTo("https://www.linkedin.com/company/alpes");

			List<MessageEnvelope> messages = probe.await(1);
			assertThat(messages).hasSize(1);
			CooperativeChanged changed = messages.get(0).payloadAs(CooperativeChanged.class);
			assertThat(changed.name()).isEqualTo("Alpes Entreprendre");
			assertThat(changed.senderEmail()).isEqualTo("ne-pas-repondre@alpes.example.org");
			assertThat(changed.address().town()).isEqualTo("Annecy");
		}
		// Keycloak's login page and e-mails read the realm's display name, sender and
		// texts
		var realm = Eventually.await(this.keycloakAdmin::realm,
				(r) -> "Alpes Entreprendre".equals(r.path("displayName").asString()), Duration.ofSeconds(20));
		assertThat(realm.path("displayName").asString()).isEqualTo("Alpes Entreprendre");
		assertThat(realm.path("smtpServer").path("from").asString()).isEqualTo("ne-pas-repondre@alpes.example.org");
		assertThat(realm.path("smtpServer").path("fromDisplayName").asString()).isEqualTo("Alpes Entreprendre");
		// the login page as people see it: the name and the colours of the settings (the
		// colours are realm texts written after the display name: awaited too)
		String login = Eventually.await(this::loginPage,
				(page) -> page.contains("--coop-primary: #1f5f8b; --coop-accent: #8a3b12;"), Duration.ofSeconds(20));
		assertThat(login).contains("<span class=\"coop-logo\">Alpes Entreprendre</span>")
			.contains("--coop-primary: #1f5f8b; --coop-accent: #8a3b12;")
			.doesNotContain("COOP'EMPLOI", "COOP&#39;EMPLOI");
	}

	private String loginPage() {
		return org.springframework.web.client.RestClient.create()
			.get()
			.uri(keycloak.baseUrl() + "/realms/coop/protocol/openid-connect/auth?client_id=coop-gateway"
					+ "&response_type=code&scope=openid&redirect_uri={redirect}"
					// the client requires PKCE: any S256 challenge shows the page
					+ "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256",
					"http://localhost:8080/")
			.retrieve()
			.body(String.class);
	}

	@Test
	void coloursUnderWcagAaContrastAreRefusedWithTheReasonAndNothingIsStored() {
		as("camille.staff", HttpMethod.PUT, "/api/members/staff/cooperative",
				settings("Alpes Entreprendre", "#ffcc00", "#8a3b12"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/validation")
			.jsonPath("$.errors[0].field")
			.isEqualTo("primaryColour")
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat((String) message).contains("1,")
				.contains("au moins 4,5:1")
				.contains("WCAG AA"));
		as("camille.staff", HttpMethod.PUT, "/api/members/staff/cooperative",
				settings("Alpes Entreprendre", "red", null))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("primaryColour");
		as("camille.staff", HttpMethod.PUT, "/api/members/staff/cooperative",
				settings("<script>alert(1)</script>", "#1f5f8b", null))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field=='name')]")
			.exists();
		assertThat(this.settings.findById(Cooperative.ID)).isEmpty();
	}

	@Test
	void onlyHeadOfficeStaffChangeTheSettings() {
		Map<String, Object> body = settings("Autre nom", "#1f5f8b", null);
		as("nadia.staff", HttpMethod.PUT, "/api/members/staff/cooperative", body).expectStatus().isForbidden();
		as("lucas.coach", HttpMethod.PUT, "/api/members/staff/cooperative", body).expectStatus().isForbidden();
		as(null, HttpMethod.PUT, "/api/members/staff/cooperative", body).expectStatus().isUnauthorized();
		assertThat(this.settings.findById(Cooperative.ID)).isEmpty();
	}

	RestTestClient.ResponseSpec uploadLogo(String username, String name, byte[] bytes) {
		return this.client.put()
			.uri("/api/members/staff/cooperative/logo?name={name}", name)
			.header("Authorization", "Bearer " + keycloak.accessToken(username))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(bytes)
			.exchange();
	}

	long storedFiles() {
		return this.mongo.getCollection("files.files").countDocuments();
	}

	@Test
	void theLogoIsAnImageCheckedByItsBytesAndAnSvgLosesItsScripts() {
		long before = storedFiles();
		uploadLogo("camille.staff", "logo.png", SampleFiles.png(240, 80)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.logoUrl")
			.isEqualTo("/api/members/public/cooperative/logo?v=1");
		this.client.get()
			.uri("/api/members/public/cooperative/logo")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.IMAGE_PNG);

		String svg = """
				<?xml version="1.0"?>
				<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="40" onload="alert(1)">
				  <script>alert(document.cookie)</script>
				  <foreignObject><iframe src="https://evil.example.org"></iframe></foreignObject>
				  <a xlink:href="javascript:alert(2)"><rect width="120" height="40" fill="#1f5f8b"/></a>
				  <image href="https://tracker.example.org/pixel.png" width="1" height="1"/>
				  <text x="10" y="25" fill="#ffffff">Alpes</text>
				</svg>
				""";
		uploadLogo("camille.staff", "logo.svg", svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.logoUrl")
			.isEqualTo("/api/members/public/cooperative/logo?v=2");
		String served = this.client.get()
			.uri("/api/members/public/cooperative/logo")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("image/svg+xml")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(served).contains("<rect").contains("Alpes").contains("#1f5f8b");
		assertThat(served).doesNotContain("script")
			.doesNotContain("onload")
			.doesNotContain("javascript:")
			.doesNotContain("iframe")
			.doesNotContain("foreignObject")
			.doesNotContain("tracker.example.org");
		// the former logo is gone: one logo stored
		assertThat(storedFiles()).isEqualTo(before + 1);
	}

	@Test
	void aLogoThatIsNotAnImageOrTooLargeIsRefusedAndLeavesNothing() {
		long before = storedFiles();
		uploadLogo("camille.staff", "logo.png", SampleFiles.pdf("pas une image")).expectStatus()
			.isEqualTo(415)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("PNG"));
		uploadLogo("camille.staff", "logo.png", new byte[2 * 1024 * 1024]).expectStatus().is4xxClientError();
		uploadLogo("camille.staff", "logo.svg", "<svg><unclosed".getBytes()).expectStatus().is4xxClientError();
		uploadLogo("nadia.staff", "logo.png", SampleFiles.png(240, 80)).expectStatus().isForbidden();
		assertThat(storedFiles()).isEqualTo(before);
		assertThat(this.settings.findById(Cooperative.ID)).isEmpty();
	}

}
