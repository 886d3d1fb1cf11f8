package coop.registry;

import coop.platform.test.ConfigurationKeys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RegistryApplicationTests {

	@Value("${local.server.port}")
	int port;

	@Test
	void registryAnswersHealthAndListsApplications() {
		RestTestClient client = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		client.get()
			.uri("/eureka/apps")
			.header("Accept", "application/json")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.OK)
			.expectBody()
			.jsonPath("$.applications")
			.exists();
	}

	@Test
	void onlyHealthAndInfoAreExposed() {
		RestTestClient client = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		client.get().uri("/actuator/env").exchange().expectStatus().isNotFound();
	}

	@Test
	void everySettingIsOneSpringKnows() {
		ConfigurationKeys.verify();
	}

}
