package coop.platform.web;

import java.time.LocalDate;

import coop.platform.web.problem.ProblemException;
import coop.platform.web.security.EndpointRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a caller gets back for bad input, unknown resources and missing credentials:
 * problem+json, a stable type, a French detail and one entry per invalid field.
 */
@SpringBootTest(classes = ProblemDetailsTests.App.class,
		properties = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/certs")
@AutoConfigureMockMvc
class ProblemDetailsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void invalidFieldsAreListedInFrench() throws Exception {
		this.mvc
			.perform(post("/test/people").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"\",\"email\":\"pas-un-email\",\"seats\":-1}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://coopemploi.com/problems/validation"))
			.andExpect(jsonPath("$.detail").value("Certaines informations sont à corriger."))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("email")))
			.andExpect(jsonPath("$.errors[?(@.field=='email')].message").value(hasItem(containsString("adresse"))))
			.andExpect(jsonPath("$.errors[?(@.field=='name')].message").value(hasItem(containsString("vide"))))
			.andExpect(jsonPath("$.errors[?(@.field=='seats')]").exists());
	}

	@Test
	void aHugeValueIsRefusedByItsSizeLimit() throws Exception {
		String huge = "x".repeat(1_000_000);
		this.mvc
			.perform(post("/test/people").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + huge + "\",\"email\":\"a@b.fr\",\"seats\":1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@Test
	void aWrongTypeNamesTheField() throws Exception {
		this.mvc
			.perform(post("/test/people").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Léa\",\"email\":\"a@b.fr\",\"seats\":\"beaucoup\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://coopemploi.com/problems/validation"))
			.andExpect(jsonPath("$.errors[0].field").value("seats"));
	}

	@Test
	void malformedJsonIsExplained() throws Exception {
		this.mvc.perform(post("/test/people").contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://coopemploi.com/problems/malformed-request"))
			.andExpect(jsonPath("$.detail").value(containsString("JSON")));
	}

	@Test
	void aWrongPathParameterTypeIsAFieldError() throws Exception {
		this.mvc.perform(get("/test/days/not-a-date"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("day"));
	}

	@Test
	void aServiceProblemKeepsItsTypeAndDetail() throws Exception {
		this.mvc.perform(get("/test/missing"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://coopemploi.com/problems/not-found"))
			.andExpect(jsonPath("$.detail").value("Cet entrepreneur n'existe pas."))
			.andExpect(jsonPath("$.instance").value("/test/missing"));
	}

	@Test
	void anEndpointWithoutARuleIsRefusedToAnonymousCallers() throws Exception {
		this.mvc.perform(get("/secret"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
			.andExpect(jsonPath("$.type").value("https://coopemploi.com/problems/unauthenticated"))
			.andExpect(jsonPath("$.detail").value(containsString("Connectez-vous")));
	}

	@Test
	void aForgedTokenIsRefused() throws Exception {
		this.mvc.perform(get("/secret").header("Authorization", "Bearer not.a.token"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("https://coopemploi.com/problems/unauthenticated"));
	}

	@Test
	void healthIsPublic() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
	}

	record PersonRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Email String email, @Min(0) int seats) {
	}

	@RestController
	static class TestController {

		@PostMapping("/test/people")
		PersonRequest create(@Valid @RequestBody PersonRequest person) {
			return person;
		}

		@GetMapping("/test/days/{day}")
		String day(@PathVariable LocalDate day) {
			return day.toString();
		}

		@GetMapping("/test/missing")
		String missing() {
			throw ProblemException.notFound("Cet entrepreneur n'existe pas.");
		}

		@GetMapping("/secret")
		String secret() {
			return "secret";
		}

	}

	@SpringBootApplication(
			excludeName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
					"org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration",
					"org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration" })
	static class App {

		@Bean
		EndpointRules testRules() {
			return (rules) -> rules.requestMatchers("/test/**").permitAll();
		}

		@Bean
		TestController testController() {
			return new TestController();
		}

	}

}
