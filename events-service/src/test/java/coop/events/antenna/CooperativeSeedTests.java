package coop.events.antenna;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import coop.platform.contracts.members.CooperativeChanged;
import coop.platform.messaging.cooperative.CooperativeCopy;
import coop.platform.messaging.cooperative.CooperativeStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CooperativeSeedTests {

	static final String PUBLIC_SETTINGS = """
			{"configured":true,"name":"Coopérative du Lac","shortName":"Lac","primaryColour":"#1a5e3a",
			 "secondaryColour":null,"palette":[{"name":"white","hex":"#ffffff"}],"logoUrl":null,
			 "address":{"street":"3 rue du Port","postalCode":"74000","town":"Annecy"},
			 "contactEmail":"equipe@lac.test","phone":null,"senderName":"Coopérative du Lac","senderEmail":null,
			 "legalForm":null,"networks":[],"socialLinks":[],"publicUrl":"http://localhost:8080"}
			""";

	final AtomicReference<CooperativeChanged> kept = new AtomicReference<>();

	final CooperativeCopy copy = new CooperativeCopy(new CooperativeStore() {

		@Override
		public Optional<CooperativeChanged> find() {
			return Optional.ofNullable(CooperativeSeedTests.this.kept.get());
		}

		@Override
		public void keep(CooperativeChanged settings) {
			CooperativeChanged stored = CooperativeSeedTests.this.kept.get();
			if (stored == null || !stored.changedAt().isAfter(settings.changedAt())) {
				CooperativeSeedTests.this.kept.set(settings);
			}
		}

	});

	final CooperativeSeed seed = new CooperativeSeed(this.copy, null);

	@Test
	void membersServicesPublicSettingsFillAnEmptyCopy() {
		this.seed.seed(PUBLIC_SETTINGS);
		assertThat(this.copy.current().name()).isEqualTo("Coopérative du Lac");
		assertThat(this.copy.current().town()).isEqualTo("Annecy");
		assertThat(this.copy.current().contactEmail()).isEqualTo("equipe@lac.test");
	}

	@Test
	void aPlatformNotSetUpSeedsNothingAndAMessageWinsOverTheSeed() {
		this.seed.seed(PUBLIC_SETTINGS.replace("\"configured\":true", "\"configured\":false"));
		assertThat(this.copy.current().configured()).isFalse();

		this.copy.keep(new CooperativeChanged("Coopérative des Aravis", null, "#2b3f8c", null, null, null, null, null,
				null, null, null, null, List.of(), List.of(), Instant.now()));
		this.seed.seed(PUBLIC_SETTINGS);
		assertThat(this.copy.current().name()).isEqualTo("Coopérative des Aravis");
	}

}
