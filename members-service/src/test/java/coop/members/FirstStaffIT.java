package coop.members;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import coop.members.keycloak.KeycloakAdmin;
import coop.members.people.PersonRole;
import coop.members.people.PersonResponse;
import coop.platform.test.MailServer;
import coop.platform.test.ReceivedMail;
import coop.platform.test.TestServers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A platform started without demo data: the address given as {@code COOP_ADMIN_EMAIL}
 * becomes the first staff account (Keycloak account with the staff role, in no antenna,
 * Keycloak's « choose your password » e-mail); once it has a password it reads the
 * settings' {@code configured: false} and may set the cooperative and its antennas up.
 * Nothing happens while a staff member exists, nor twice.
 */
class FirstStaffIT extends WithRealServers {

	static final MailServer mail = TestServers.mail();

	@Autowired
	KeycloakAdmin keycloakAdmin;

	@Test
	void theFirstStaffAccountIsInvitedOnlyOnAPlatformWithoutStaff() {
		String email = "premiere-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		// the demo's staff exist: nothing to do
		assertThat(this.peopleService.inviteFirstStaff(email, "Alice", "Martin")).isEmpty();
		assertThat(this.keycloakAdmin.findByEmail(email)).isEmpty();

		// an empty platform: no staff in the store
		this.people.deleteAll(this.people.findByRole(PersonRole.STAFF));
		PersonResponse invited = this.peopleService.inviteFirstStaff(email, "Alice", "Martin").orElseThrow();
		assertThat(invited.role()).isEqualTo(PersonRole.STAFF);
		assertThat(invited.antenna()).isNull();
		assertThat(this.keycloakAdmin.findByEmail(email)).contains(invited.subject());
		List<ReceivedMail> mails = mail.awaitInbox(email, 1, Duration.ofSeconds(20));
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).text()).contains("choisissez votre mot de passe");

		// once: a second start, or a second instance, invites nobody
		assertThat(this.peopleService.inviteFirstStaff(email, "Alice", "Martin")).isEmpty();
		assertThat(this.peopleService.inviteFirstStaff("autre-" + email, "Bob", "Martin")).isEmpty();

		// with a password chosen, the first staff member sees the platform is not set up
		// and may keep its antennas (head-office staff only)
		keycloak.setPassword(invited.subject(), "Motdepasse-123");
		String token = keycloak.login(email, "Motdepasse-123");
		this.client.get()
			.uri("/api/members/staff/antennas")
			.header("Authorization", "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk();
		this.settings.deleteAll();
		as(null, org.springframework.http.HttpMethod.GET, "/api/members/public/cooperative", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.configured")
			.isEqualTo(false);
	}

	@Autowired
	coop.members.cooperative.CooperativeSettings settings;

}
