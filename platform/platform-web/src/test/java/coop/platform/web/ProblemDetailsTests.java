package coop.platform.web;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

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
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
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
	void aControlCharacterInAnyTextOfABodyIsRefusedOnItsField() throws Exception {
		this.mvc.perform(post("/test/teams").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"L\\u0000a\",\"members\":[{\"name\":\"ok\",\"email\":\"a@b.fr\",\"seats\":1},"
					+ "{\"name\":\"x\\u001b[31m\",\"email\":\"a@b.fr\",\"seats\":1}],\"note\":\"deux\\nlignes\\tet tab\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://coopemploi.com/problems/validation"))
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(
					jsonPath("$.errors[0].message").value("Ce champ contient un caractère de contrôle non autorisé."))
			.andExpect(jsonPath("$.errors[1].field").value("members.1.name"));
		// line breaks and tabs are text
		this.mvc
			.perform(post("/test/teams").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Léa\",\"members\":[],\"note\":\"deux\\nlignes\\tet tab\"}"))
			.andExpect(status().isOk());
	}

	@Test
	void aControlCharacterInAParameterOrPathIsRefusedOnIt() throws Exception {
		this.mvc.perform(get("/test/search").param("q", "abc\u0000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"));
		this.mvc.perform(get("/test/search").param("q", "abc")).andExpect(status().isOk());
		this.mvc.perform(get("/test/names/{name}", "a\u0007b"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@Test
	void scalarsAreNotCoerced() throws Exception {
		String[] bodies = { "{\"name\":12,\"email\":\"a@b.fr\",\"seats\":1}",
				"{\"name\":true,\"email\":\"a@b.fr\",\"seats\":1}",
				"{\"name\":\"Léa\",\"email\":\"a@b.fr\",\"seats\":12.7}",
				"{\"name\":\"Léa\",\"email\":\"a@b.fr\",\"seats\":\"12\"}",
				"{\"name\":\"Léa\",\"email\":\"a@b.fr\",\"seats\":1,\"consent\":\"true\"}",
				"{\"name\":\"Léa\",\"email\":\"a@b.fr\",\"seats\":1,\"consent\":1}" };
		String[] fields = { "name", "name", "seats", "seats", "consent", "consent" };
		for (int i = 0; i < bodies.length; i++) {
			this.mvc.perform(post("/test/people").contentType(MediaType.APPLICATION_JSON).content(bodies[i]))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value("https://coopemploi.com/problems/validation"))
				.andExpect(jsonPath("$.errors[0].field").value(fields[i]));
		}
		this.mvc
			.perform(post("/test/people").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Léa\",\"email\":\"a@b.fr\",\"seats\":12,\"consent\":true}"))
			.andExpect(status().isOk());
	}

	@Test
	void datesOutsideTheWindowAreRefusedOnTheirField() throws Exception {
		for (String day : new String[] { "+10000-01-01", "1899-12-31", "2101-01-01" }) {
			this.mvc
				.perform(post("/test/meetings").contentType(MediaType.APPLICATION_JSON)
					.content("{\"day\":\"" + day + "\",\"startsAt\":\"2027-01-12T09:30:00+01:00\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("day"))
				.andExpect(jsonPath("$.errors[0].message").value("Cette date doit être comprise entre 1900 et 2100."));
		}
		this.mvc
			.perform(post("/test/meetings").contentType(MediaType.APPLICATION_JSON)
				.content("{\"day\":\"2027-01-12\",\"startsAt\":\"+12027-01-12T09:30:00+01:00\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startsAt"));
		this.mvc
			.perform(post("/test/meetings").contentType(MediaType.APPLICATION_JSON)
				.content("{\"day\":\"2027-01-12\",\"startsAt\":\"2027-01-12T09:30:00+01:00\"}"))
			.andExpect(status().isOk());
	}

	@Test
	void aValueTheStoreRefusesIsABadRequestNotAnError() throws Exception {
		this.mvc.perform(get("/test/store/22021"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://coopemploi.com/problems/validation"));
		this.mvc.perform(get("/test/store/22008")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/test/store/23505"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://coopemploi.com/problems/conflict"));
		// a server that is away is not the caller's fault: unavailable for a while
		this.mvc.perform(get("/test/store/08006"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(jsonPath("$.type").value("https://coopemploi.com/problems/unavailable"))
			.andExpect(jsonPath("$.detail")
				.value("Ce service est momentanément indisponible. Réessayez dans quelques instants."));
	}

	@Test
	void healthIsPublic() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
	}

	record PersonRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Email String email, @Min(0) int seats,
			Boolean consent) {
	}

	record TeamRequest(String name, List<@Valid PersonRequest> members, String note) {
	}

	record MeetingRequest(LocalDate day, OffsetDateTime startsAt) {
	}

	@RestController
	static class TestController {

		@PostMapping("/test/people")
		PersonRequest create(@Valid @RequestBody PersonRequest person) {
			return person;
		}

		@PostMapping("/test/teams")
		TeamRequest team(@RequestBody TeamRequest team) {
			return team;
		}

		@PostMapping("/test/meetings")
		MeetingRequest meeting(@RequestBody MeetingRequest meeting) {
			return meeting;
		}

		@GetMapping("/test/search")
		String search(@RequestParam String q) {
			return q;
		}

		@GetMapping("/test/names/{name}")
		String name(@PathVariable String name) {
			return name;
		}

		@GetMapping("/test/store/{state}")
		String store(@PathVariable String state) {
			SQLException refusal = new SQLException("refused by the store", state);
			if (state.startsWith("08")) {
				throw new DataAccessResourceFailureException("connection lost", refusal);
			}
			throw new DataIntegrityViolationException("could not execute statement", refusal);
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
