package coop.members;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import coop.members.antenna.Antenna;
import coop.members.keycloak.KeycloakAdmin;
import coop.platform.contracts.members.AntennaChanged;
import coop.platform.messaging.MessageEnvelope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Antennas through the real Keycloak: head-office staff create one (its Keycloak group
 * with its address), rename it, close and reopen it, and move the head office; each step
 * is told to the other services; bad input and other callers are refused.
 */
class AntennasIT extends WithRealServers {

	@Autowired
	KeycloakAdmin keycloakAdmin;

	static Map<String, Object> antenna(String name, String town) {
		return Map.of("name", name, "street", "5 place du Marché", "postalCode", "74200", "town", town, "openingHours",
				"Mardi et jeudi, 9 h – 17 h");
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> create(String name) {
		return as("camille.staff", HttpMethod.POST, "/api/members/staff/antennas", antenna(name, "Thonon-les-Bains"))
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * The next message about that antenna (with that name, when given); messages of other
	 * tests' antennas may come first.
	 */
	static AntennaChanged awaitChange(Probe probe, String code, String name) {
		return awaitChange(probe, code, (changed) -> name == null || name.equals(changed.name()));
	}

	static AntennaChanged awaitChange(Probe probe, String code, java.util.function.Predicate<AntennaChanged> wanted) {
		for (int i = 0; i < 20; i++) {
			List<MessageEnvelope> received = probe.await(1);
			if (received.isEmpty()) {
				break;
			}
			AntennaChanged changed = received.get(0).payloadAs(AntennaChanged.class);
			if (changed.code().equals(code) && wanted.test(changed)) {
				return changed;
			}
		}
		throw new AssertionError("No members.antenna.changed for " + code);
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void headOfficeStaffCreateAnAntennaThatBecomesAKeycloakGroupAndIsToldToEveryService() {
		String name = unique("Thonon-les-Bains");
		try (Probe probe = probe("members.antenna.changed")) {
			Map<String, Object> created = create(name);
			String code = (String) created.get("code");
			assertThat(code).startsWith("thonon-les-bains-");
			assertThat(created).containsEntry("headOffice", false).containsEntry("closed", false);

			Map<String, String> group = this.keycloakAdmin.antennaGroupAttributes(code);
			assertThat(group).containsEntry("name", name)
				.containsEntry("town", "Thonon-les-Bains")
				.containsEntry("postalCode", "74200")
				.doesNotContainKey("headOffice");
			as(null, HttpMethod.GET, "/api/members/public/antennas", null).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$[?(@.code=='" + code + "')].openingHours")
				.isEqualTo("Mardi et jeudi, 9 h – 17 h");

			AntennaChanged changed = awaitChange(probe, code, name);
			assertThat(changed.status()).isEqualTo(AntennaChanged.Status.OPEN);
			assertThat(changed.address().town()).isEqualTo("Thonon-les-Bains");

			String renamed = unique("Thonon");
			as("camille.staff", HttpMethod.PUT, "/api/members/staff/antennas/" + code, antenna(renamed, "Thonon"))
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.code")
				.isEqualTo(code)
				.jsonPath("$.name")
				.isEqualTo(renamed);
			assertThat(this.keycloakAdmin.antennaGroupAttributes(code)).containsEntry("name", renamed)
				.containsEntry("town", "Thonon");
			assertThat(awaitChange(probe, code, renamed).address().town()).isEqualTo("Thonon");
		}
	}

	@Test
	void aClosedAntennaIsOfferedNowhereAndAnAntennaWithPeopleCannotBeClosed() {
		String code = (String) create(unique("Sallanches")).get("code");
		try (Probe probe = probe("members.antenna.changed")) {
			as("camille.staff", HttpMethod.POST, "/api/members/staff/antennas/" + code + "/close", null).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.closed")
				.isEqualTo(true);
			assertThat(awaitChange(probe, code, (c) -> c.status() == AntennaChanged.Status.CLOSED).status())
				.isEqualTo(AntennaChanged.Status.CLOSED);
		}
		assertThat(this.keycloakAdmin.antennaGroupAttributes(code)).containsEntry("closed", "true");
		as(null, HttpMethod.GET, "/api/members/public/antennas", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.code=='" + code + "')]")
			.isEmpty();
		as("camille.staff", HttpMethod.GET, "/api/members/staff/antennas", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.code=='" + code + "')].closed")
			.isEqualTo(true);
		// nobody is invited to a closed antenna
		as("camille.staff", HttpMethod.POST, "/api/members/staff/people",
				Map.of("firstName", "Nina", "lastName", "Garnier", "email", "ferme-" + code + "@example.org", "role",
						"entrepreneur", "antenna", code))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("antenna")
			.jsonPath("$.errors[0].message")
			.value((m) -> assertThat((String) m).contains("fermée"));
		as("camille.staff", HttpMethod.POST, "/api/members/staff/antennas/" + code + "/reopen", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.closed")
			.isEqualTo(false);

		// Annemasse has Nadia and Inès: they must be moved first
		as("camille.staff", HttpMethod.POST, "/api/members/staff/antennas/annemasse/close", null).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/antenna-in-use")
			.jsonPath("$.detail")
			.value((d) -> assertThat((String) d).contains("rattachez-les à une autre antenne"));
		// the head office cannot be closed
		as("camille.staff", HttpMethod.POST, "/api/members/staff/antennas/seynod/close", null).expectStatus()
			.isEqualTo(409);
		assertThat(this.antennas.findById("annemasse").map(Antenna::closed)).contains(false);
	}

	@Test
	void theHeadOfficeMovesAndItsMarkFollowsInKeycloak() {
		String code = (String) create(unique("Annecy")).get("code");
		try {
			as("camille.staff", HttpMethod.POST, "/api/members/staff/antennas/" + code + "/head-office", null)
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.headOffice")
				.isEqualTo(true);
			assertThat(this.keycloakAdmin.antennaGroupAttributes(code)).containsEntry("headOffice", "true");
			assertThat(this.keycloakAdmin.antennaGroupAttributes("seynod")).doesNotContainKey("headOffice");
			assertThat(this.antennas.findById("seynod").map(Antenna::headOffice)).contains(false);
		}
		finally {
			// the machine's Keycloak is shared: Seynod goes back to being the head office
			// (as the
			// admin API, since Camille's token no longer says head office)
			this.antennas.findById("seynod").ifPresent((seynod) -> {
				seynod.markHeadOffice(true, java.time.Instant.now());
				this.antennas.save(seynod);
			});
			this.antennas.findById(code).ifPresent((moved) -> {
				moved.markHeadOffice(false, java.time.Instant.now());
				this.antennas.save(moved);
			});
			this.keycloakAdmin.saveAntennaGroup(code, Map.of("name", code));
			this.keycloakAdmin.saveAntennaGroup("seynod", Map.of("name", "Seynod", "street",
					"1025 ancienne route d'Annecy", "postalCode", "74600", "town", "Seynod", "headOffice", "true"));
		}
		assertThat(this.keycloakAdmin.antennaGroupAttributes("seynod")).containsEntry("headOffice", "true");
	}

	@Autowired
	coop.members.antenna.AntennaUpgrade upgrade;

	@Autowired
	org.springframework.data.mongodb.core.MongoTemplate mongo;

	@Test
	void anAntennaStoredBeforeVersionsIsUpgradedAndCanBeChanged() {
		String code = "ancienne-" + UUID.randomUUID().toString().substring(0, 6);
		// as an installation older than the antennas' management stored it: no version
		this.mongo.getCollection("antennas")
			.insertOne(new org.bson.Document("_id", code).append("name", "Ancienne")
				.append("postalCode", "74000")
				.append("town", "Annecy"));
		try {
			assertThat(this.upgrade.upgrade()).isGreaterThanOrEqualTo(1);
			Antenna old = this.antennas.findById(code).orElseThrow();
			old.describe("Ancienne antenne", null, "74000", "Annecy", "Le lundi", java.time.Instant.now());
			this.antennas.save(old);
			assertThat(this.antennas.findById(code).map(Antenna::name)).contains("Ancienne antenne");
		}
		finally {
			this.antennas.deleteById(code);
		}
	}

	@Test
	void badAntennasAndOtherCallersAreRefused() {
		as("camille.staff", HttpMethod.POST, "/api/members/staff/antennas",
				Map.of("name", "", "postalCode", "742", "town", "Thonon"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field=='name')]")
			.exists()
			.jsonPath("$.errors[?(@.field=='postalCode')]")
			.exists();
		as("camille.staff", HttpMethod.POST, "/api/members/staff/antennas", antenna("annemasse", "Annemasse"))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://coopemploi.com/problems/antenna-exists");
		as("camille.staff", HttpMethod.POST, "/api/members/staff/antennas", antenna("<b>Thonon</b>", "Thonon"))
			.expectStatus()
			.isBadRequest();
		as("nadia.staff", HttpMethod.POST, "/api/members/staff/antennas", antenna(unique("Evian"), "Évian"))
			.expectStatus()
			.isForbidden();
		as("nadia.staff", HttpMethod.GET, "/api/members/staff/antennas", null).expectStatus().isForbidden();
		as("lucas.coach", HttpMethod.POST, "/api/members/staff/antennas", antenna(unique("Evian"), "Évian"))
			.expectStatus()
			.isForbidden();
		as(null, HttpMethod.POST, "/api/members/staff/antennas/seynod/close", null).expectStatus().isUnauthorized();
		as("camille.staff", HttpMethod.PUT, "/api/members/staff/antennas/atlantide", antenna("Atlantide", "Thonon"))
			.expectStatus()
			.isNotFound();
	}

}
