package coop.gateway;

import coop.platform.test.ConfigurationKeys;
import org.junit.jupiter.api.Test;

class SettingsTests {

	@Test
	void everySettingIsOneSpringKnows() {
		ConfigurationKeys.verify();
	}

}
