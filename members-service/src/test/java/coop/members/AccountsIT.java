package coop.members;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import coop.members.organisation.Organisation;
import coop.members.organisation.OrganisationKind;
import coop.members.organisation.Organisations;
import coop.platform.test.MailServer;
import coop.platform.test.ReceivedMail;
import coop.platform.test.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts against the real Keycloak: staff invite a person (account, role, antenna and
 * the e-mail to choose a password), refusals are French problems, and a deactivated
 * account's still-valid token stops working at once.
 */
class AccountsIT extends WithRealServers {

	static final MailServer mail = TestServers.mail();

	@Autowired
	coop.members.keycloak.KeycloakAdmin keycloakAdmin;

	@Autowired
	Organisations organisations;

	@BeforeEach
	void organisation() {
		this.organisations
			.save(new Organisation("plie-bassin-annecien", "PLIE du bassin annécien", OrganisationKind.PLIE, "Annecy"));
	}

	RestTestClient.ResponseSpec asStaff(String method, String uri, Object body) {
		return as("camille.staff", method, uri, body);
	}

	RestTestClient.ResponseSpec as(String username, String method, String uri, Object body) {
		return as(username, HttpMethod.valueOf(method), uri, body);
	}

	static String uniqueEmail() {
		return "compte-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> invite(String email, String role, String antenna) {
		return asStaff("POST", "/api/members/staff/people",
				Map.of("firstName", "Nina", "lastName", "Garnier", "email", email, "role", role, "antenna", antenna))
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	void staffInviteAPersonWhoReceivesTheEmailToChooseAPassword() {
		String email = uniqueEmail();
		Map<String, Object> person = invite(email, "entrepreneur", "seynod");

		assertThat(person).containsEntry("role", "entrepreneur")
			.containsEntry("roleLabel", "Entrepreneur")
			.containsEntry("status", "INVITED");
		String subject = (String) person.get("subject");
		keycloak.setPassword(subject, "Motdepasse-123");
		String token = keycloak.login(email, "Motdepasse-123");
		this.client.get()
			.uri("/api/members/me")
			.header("Authorization", "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.email")
			.isEqualTo(email)
			.jsonPath("$.antenna.code")
			.isEqualTo("seynod");
		List<ReceivedMail> mails = mail.awaitInbox(email, 1, Duration.ofSeconds(20));
		assertThat(mails).hasSize(1);
		// the platform's own e-mail theme (keycloak/themes/coop/email), in French
		assertThat(mails.get(0).subject()).isEqualTo("Votre compte sur l'intranet : choisissez votre mot de passe");
		assertThat(mails.get(0).text()).contains("choisissez votre mot de passe en suivant ce lien")
			.contains("/realms/coop/login-actions/action-token?key=");
		// framed with the realm's display name (the cooperative's name),
		// escaped by FreeMarker for UTF-8: markup only (« é » stays)
		String cooperative = org.springframework.web.util.HtmlUtils
			.htmlEscape(this.keycloakAdmin.realm().path("displayName").asString(), "UTF-8");
		assertThat(mails.get(0).html()).contains(">Choisir mon mot de passe</a>")
			.contains("font-weight:bold;color:#")
			.contains(">" + cooperative + "</p>");
	}

	@Test
	void theSameAddressTwiceIsRefused() {
		String email = uniqueEmail();
		invite(email, "coach", "seynod");
		asStaff("POST", "/api/members/staff/people",
				Map.of("firstName", "Nina", "lastName", "Garnier", "email", email, "role", "coach"))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/email-taken");
	}

	@Test
	void badInvitationsAreExplainedFieldByField() {
		asStaff("POST", "/api/members/staff/people",
				Map.of("firstName", "", "lastName", "Garnier", "email", "pas-une-adresse", "role", "entrepreneur"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field=='email')]")
			.exists()
			.jsonPath("$.errors[?(@.field=='firstName')]")
			.exists();
		asStaff("POST", "/api/members/staff/people",
				Map.of("firstName", "Paul", "lastName", "Roche", "email", uniqueEmail(), "role", "prescriber"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("organisation");
		asStaff("POST", "/api/members/staff/people",
				Map.of("firstName", "Paul", "lastName", "Roche", "email", uniqueEmail(), "role", "astronaute"))
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void onlyStaffManageAccounts() {
		this.client.get()
			.uri("/api/members/staff/people")
			.header("Authorization", "Bearer " + keycloak.accessToken("marie.entrepreneur"))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.client.get().uri("/api/members/staff/people").exchange().expectStatus().isUnauthorized();
	}

	@Test
	@SuppressWarnings("unchecked")
	void antennaStaffManageThePeopleOfTheirAntennaOnly() {
		// nadia.staff belongs to the Annemasse antenna, camille.staff to the head office
		Map<String, Object> inSeynod = invite(uniqueEmail(), "entrepreneur", "seynod");
		Map<String, Object> inAnnemasse = invite(uniqueEmail(), "entrepreneur", "annemasse");

		Map<String, Object> page = as("nadia.staff", "GET", "/api/members/staff/people?size=200", null).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		List<Map<String, Object>> listed = (List<Map<String, Object>>) page.get("items");
		assertThat(listed).extracting((p) -> p.get("id"))
			.contains(inAnnemasse.get("id"))
			.doesNotContain(inSeynod.get("id"));
		assertThat(listed).extracting((p) -> ((Map<String, Object>) p.get("antenna")).get("code"))
			.containsOnly("annemasse");
		as("nadia.staff", "PUT", "/api/members/staff/people/" + inSeynod.get("id"),
				Map.of("role", "coach", "antenna", "annemasse"))
			.expectStatus()
			.isNotFound();
		as("nadia.staff", "POST", "/api/members/staff/people/" + inSeynod.get("id") + "/deactivate", null)
			.expectStatus()
			.isNotFound();
		as("nadia.staff", "POST", "/api/members/staff/people",
				Map.of("firstName", "Nina", "lastName", "Garnier", "email", uniqueEmail(), "role", "coach", "antenna",
						"seynod"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("antenna");
		as("nadia.staff", "PUT", "/api/members/staff/people/" + inAnnemasse.get("id"),
				Map.of("role", "coach", "antenna", "annemasse"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.role")
			.isEqualTo("coach");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aDeactivatedAccountIsRefusedAtOnceEvenWithATokenStillValid() {
		String email = uniqueEmail();
		Map<String, Object> person = invite(email, "entrepreneur", "seynod");
		String subject = (String) person.get("subject");
		keycloak.setPassword(subject, "Motdepasse-123");
		String token = keycloak.login(email, "Motdepasse-123");
		this.client.get()
			.uri("/api/members/me")
			.header("Authorization", "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk();

		asStaff("POST", "/api/members/staff/people/" + person.get("id") + "/deactivate", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DEACTIVATED");

		Instant deadline = Instant.now().plusSeconds(15);
		int status = 200;
		while (status == 200 && Instant.now().isBefore(deadline)) {
			status = this.client.get()
				.uri("/api/members/me")
				.header("Authorization", "Bearer " + token)
				.exchange()
				.returnResult()
				.getStatus()
				.value();
		}
		this.client.get()
			.uri("/api/members/me")
			.header("Authorization", "Bearer " + token)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/account-deactivated");
		assertThat(keycloak.canLogIn(email, "Motdepasse-123")).isFalse();

		asStaff("POST", "/api/members/staff/people/" + person.get("id") + "/reactivate", null).expectStatus().isOk();
		assertThat(keycloak.canLogIn(email, "Motdepasse-123")).isTrue();
	}

}
