package coop.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import coop.platform.contracts.events.RegistrationConfirmed;
import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.messaging.cooperative.CooperativeCopy;
import coop.platform.test.ReceivedMail;
import coop.platform.test.StrictCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static coop.notification.Samples.meeting;
import static coop.notification.Samples.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff change the cooperative's settings in members-service: the next e-mail comes from
 * the new sender, greets and signs with the new name, wears the new colours and address,
 * and its calendar file names the new organizer; a late message with older settings
 * changes nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "eureka.client.enabled=false", "coop.mail.from=ne-pas-repondre@coopemploi.com",
				"coop.mail.team-mailbox=contact@coopemploi.com", "coop.cooperative-copy.enabled=true" })
class BrandedMailIT extends WithRealServers {

	@Autowired
	CooperativeCopy cooperative;

	@BeforeEach
	@AfterEach
	void neutralSettings() {
		this.jdbc.sql("delete from platform_cooperative").update();
	}

	static CooperativeChanged settings(String name, String primary, String accent, String town, Instant changedAt) {
		return new CooperativeChanged(name, null, primary, accent, null,
				new CooperativeChanged.PostalAddress("3 rue du Port", "74000", town), "equipe@lac.test", null, name,
				"bonjour@lac.test", "SCOP SARL à capital variable", "http://localhost:8080", List.of(), List.of(),
				changedAt);
	}

	void changeSettings(CooperativeChanged settings) {
		publish(settings);
		Instant deadline = Instant.now().plusSeconds(20);
		while (!settings.name().equals(this.cooperative.current().name()) && Instant.now().isBefore(deadline)) {
			sleep(100);
		}
		assertThat(this.cooperative.current().name()).isEqualTo(settings.name());
	}

	ReceivedMail confirmationTo(String firstName) {
		String address = uniqueAddress(firstName.toLowerCase(java.util.Locale.ROOT));
		publish(new RegistrationConfirmed(UUID.randomUUID(), meeting(), person(firstName, "Perrin", address),
				"http://localhost:8080/inscriptions/annuler?jeton=t"));
		return exactly(1, address).get(0);
	}

	@Test
	void theNextMailAfterASettingsChangeCarriesTheNewNameColoursSenderAndOrganizer() {
		ReceivedMail neutral = confirmationTo("Avant");
		assertThat(neutral.text()).contains("L'équipe de Coopérative d'activités et d'emploi");
		assertThat(neutral.from()).contains("ne-pas-repondre@coopemploi.com");

		Instant now = Instant.now();
		changeSettings(settings("Coopérative du Lac", "#1a5e3a", "#8a3b12", "Annecy", now));
		ReceivedMail lac = confirmationTo("Lea");
		assertThat(lac.from()).contains("Coopérative du Lac").contains("bonjour@lac.test");
		assertThat(lac.text()).contains("À bientôt,").contains("L'équipe de Coopérative du Lac");
		assertThat(lac.html()).contains(">Coopérative du Lac</p>")
			.contains("color:#1a5e3a")
			.contains("background:#8a3b12")
			.contains("Coopérative du Lac — SCOP SARL à capital variable — 3 rue du Port, 74000 Annecy")
			.doesNotContain("<!--primary", "<!--accent");
		ICalendar calendar = StrictCalendar.parse(lac.attachments().get("reunion.ics").asText());
		VEvent entry = calendar.getEvents().get(0);
		assertThat(entry.getOrganizer().getCommonName()).isEqualTo("Coopérative du Lac");
		assertThat(entry.getOrganizer().getEmail()).isEqualTo("equipe@lac.test");

		changeSettings(settings("Coopérative des Aravis", "#2b3f8c", null, "Thônes", now.plusSeconds(60)));
		// a late, older message: the newer settings stay
		publish(settings("Coopérative du Lac", "#1a5e3a", "#8a3b12", "Annecy", now.plusSeconds(1)));
		sleep(1500);
		ReceivedMail aravis = confirmationTo("Noe");
		assertThat(aravis.from()).contains("Coopérative des Aravis");
		assertThat(aravis.text()).contains("L'équipe de Coopérative des Aravis").doesNotContain("du Lac");
		assertThat(aravis.html()).contains("color:#2b3f8c")
			.contains("background:#2b3f8c")
			.contains("74000 Thônes")
			.doesNotContain("du Lac", "#1a5e3a");
	}

}
