package coop.dashboard;

import coop.platform.test.ConfigurationKeys;
import coop.platform.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

	@Test
	void featuresStayApartAndNothingStoredGoesOnTheWire() {
		ServiceArchitecture.verify("coop.dashboard");
	}

	@Test
	void everySettingIsOneSpringKnows() {
		ConfigurationKeys.verify();
	}

}
