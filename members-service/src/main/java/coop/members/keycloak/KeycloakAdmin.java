package coop.members.keycloak;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * What members-service asks of Keycloak: create and update users, their realm role and
 * antenna group, send the "choose your password" e-mail, enable or disable them. Keycloak
 * sends that e-mail itself, in French, through the realm's SMTP settings.
 */
@Component
public class KeycloakAdmin {

	static final ProblemType KEYCLOAK_UNAVAILABLE = ProblemType.of("accounts-unavailable",
			HttpStatus.SERVICE_UNAVAILABLE, "Comptes indisponibles");

	/** Lifetime of the link in the invitation e-mail: three days. */
	static final int INVITATION_LIFESPAN_SECONDS = 3 * 24 * 3600;

	private final KeycloakProperties properties;

	private final RestClient http;

	private final Clock clock;

	private volatile String token;

	private volatile Instant tokenExpiry = Instant.EPOCH;

	KeycloakAdmin(KeycloakProperties properties, RestClient.Builder builder, Clock clock) {
		this.properties = properties;
		this.http = builder.baseUrl(properties.url()).build();
		this.clock = clock;
	}

	/**
	 * @return the new user's id (the subject of their tokens), or the existing one's if
	 * the e-mail is known
	 */
	public String createUser(String email, String firstName, String lastName, String organisation) {
		Map<String, Object> user = Map.of("username", email, "email", email, "firstName", firstName, "lastName",
				lastName, "enabled", true, "emailVerified", false, "attributes",
				(organisation != null) ? Map.of("organisation", List.of(organisation)) : Map.of());
		try {
			URI location = call(() -> this.http.post()
				.uri(admin("/users"))
				.headers((h) -> h.setBearerAuth(token()))
				.contentType(MediaType.APPLICATION_JSON)
				.body(user)
				.retrieve()
				.toBodilessEntity()
				.getHeaders()
				.getLocation());
			String path = location.getPath();
			return path.substring(path.lastIndexOf('/') + 1);
		}
		catch (HttpClientErrorException.Conflict exists) {
			// an earlier invitation created the account but did not finish: take it over
			return findByEmail(email).orElseThrow(() -> exists);
		}
	}

	public Optional<String> findByEmail(String email) {
		JsonNode users = call(() -> this.http.get()
			.uri(admin("/users?exact=true&email={email}"), email)
			.headers((h) -> h.setBearerAuth(token()))
			.retrieve()
			.body(JsonNode.class));
		return (users != null && users.isArray() && !users.isEmpty()) ? Optional.of(users.get(0).get("id").asString())
				: Optional.empty();
	}

	public void updateOrganisation(String subject, String organisation) {
		updateUser(subject, Map.of("attributes",
				(organisation != null) ? Map.of("organisation", List.of(organisation)) : Map.of()));
	}

	/** Leaves the user with exactly this one of the platform's roles. */
	public void setRole(String subject, String role, List<String> platformRoles) {
		JsonNode assigned = call(() -> this.http.get()
			.uri(admin("/users/{id}/role-mappings/realm"), subject)
			.headers((h) -> h.setBearerAuth(token()))
			.retrieve()
			.body(JsonNode.class));
		List<JsonNode> toRemove = assigned.valueStream()
			.filter((r) -> platformRoles.contains(r.get("name").asString()) && !role.equals(r.get("name").asString()))
			.toList();
		if (!toRemove.isEmpty()) {
			call(() -> this.http.method(org.springframework.http.HttpMethod.DELETE)
				.uri(admin("/users/{id}/role-mappings/realm"), subject)
				.headers((h) -> h.setBearerAuth(token()))
				.contentType(MediaType.APPLICATION_JSON)
				.body(toRemove)
				.retrieve()
				.toBodilessEntity());
		}
		if (assigned.valueStream().anyMatch((r) -> role.equals(r.get("name").asString()))) {
			return;
		}
		// view-realm is not granted to the service account: the role comes from the list
		// of assignable ones
		JsonNode available = call(() -> this.http.get()
			.uri(admin("/users/{id}/role-mappings/realm/available"), subject)
			.headers((h) -> h.setBearerAuth(token()))
			.retrieve()
			.body(JsonNode.class));
		JsonNode wanted = available.valueStream()
			.filter((r) -> role.equals(r.get("name").asString()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Role " + role + " is not in the realm"));
		call(() -> this.http.post()
			.uri(admin("/users/{id}/role-mappings/realm"), subject)
			.headers((h) -> h.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(List.of(wanted))
			.retrieve()
			.toBodilessEntity());
	}

	/**
	 * Leaves the user in exactly this antenna group (none when {@code antenna} is null).
	 */
	public void setAntenna(String subject, String antenna) {
		JsonNode groups = call(() -> this.http.get()
			.uri(admin("/users/{id}/groups"), subject)
			.headers((h) -> h.setBearerAuth(token()))
			.retrieve()
			.body(JsonNode.class));
		for (JsonNode group : groups) {
			String path = group.path("path").asString();
			if (path.startsWith("/antennes/") && !path.equals("/antennes/" + antenna)) {
				call(() -> this.http.delete()
					.uri(admin("/users/{id}/groups/{group}"), subject, group.get("id").asString())
					.headers((h) -> h.setBearerAuth(token()))
					.retrieve()
					.toBodilessEntity());
			}
		}
		if (antenna == null) {
			return;
		}
		JsonNode group = call(() -> this.http.get()
			.uri(admin("/group-by-path/antennes/{antenna}"), antenna)
			.headers((h) -> h.setBearerAuth(token()))
			.retrieve()
			.body(JsonNode.class));
		call(() -> this.http.put()
			.uri(admin("/users/{id}/groups/{group}"), subject, group.get("id").asString())
			.headers((h) -> h.setBearerAuth(token()))
			.retrieve()
			.toBodilessEntity());
	}

	/**
	 * Creates the antenna's group under {@code antennes}, or takes over the one an
	 * earlier attempt left, and writes its attributes (name, address, head office,
	 * closed).
	 */
	public void saveAntennaGroup(String code, Map<String, String> attributes) {
		Map<String, Object> group = new java.util.HashMap<>();
		group.put("name", code);
		Map<String, List<String>> values = new java.util.LinkedHashMap<>();
		attributes.forEach((key, value) -> {
			if (value != null && !value.isBlank()) {
				values.put(key, List.of(value));
			}
		});
		group.put("attributes", values);
		Optional<String> existing = groupId("antennes/" + code);
		if (existing.isPresent()) {
			call(() -> this.http.put()
				.uri(admin("/groups/{id}"), existing.get())
				.headers((h) -> h.setBearerAuth(token()))
				.contentType(MediaType.APPLICATION_JSON)
				.body(group)
				.retrieve()
				.toBodilessEntity());
			return;
		}
		String parent = groupId("antennes").orElseGet(this::createAntennasGroup);
		call(() -> this.http.post()
			.uri(admin("/groups/{id}/children"), parent)
			.headers((h) -> h.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(group)
			.retrieve()
			.toBodilessEntity());
	}

	private String createAntennasGroup() {
		URI location = call(() -> this.http.post()
			.uri(admin("/groups"))
			.headers((h) -> h.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "antennes"))
			.retrieve()
			.toBodilessEntity()
			.getHeaders()
			.getLocation());
		String path = location.getPath();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/** The attributes of an antenna's group, empty when there is no such group. */
	public Map<String, String> antennaGroupAttributes(String code) {
		Optional<String> id = groupId("antennes/" + code);
		if (id.isEmpty()) {
			return Map.of();
		}
		JsonNode group = call(() -> this.http.get()
			.uri(admin("/groups/{id}"), id.get())
			.headers((h) -> h.setBearerAuth(token()))
			.retrieve()
			.body(JsonNode.class));
		Map<String, String> attributes = new java.util.LinkedHashMap<>();
		group.path("attributes")
			.properties()
			.forEach((e) -> attributes.put(e.getKey(), e.getValue().path(0).asString()));
		return attributes;
	}

	private Optional<String> groupId(String path) {
		try {
			JsonNode group = this.http.get()
				.uri(admin("/group-by-path/" + path))
				.headers((h) -> h.setBearerAuth(token()))
				.retrieve()
				.body(JsonNode.class);
			return Optional.of(group.get("id").asString());
		}
		catch (HttpClientErrorException.NotFound missing) {
			return Optional.empty();
		}
		catch (RestClientException ex) {
			throw new ProblemException(KEYCLOAK_UNAVAILABLE,
					"Le service des comptes ne répond pas. Réessayez dans quelques instants.");
		}
	}

	/**
	 * Writes the cooperative's name and e-mail sender into the realm, read by the login
	 * and e-mail themes: display name (the page title and the e-mails' greeting), HTML
	 * display name, SMTP sender; and the brand colours as realm texts
	 * ({@code coopPrimaryColour}, {@code coopSecondaryColour}, {@code coopName}) in
	 * French and English.
	 */
	public void brandRealm(String name, String senderName, String senderEmail, Map<String, String> texts) {
		JsonNode realm = call(() -> this.http.get()
			.uri("/admin/realms/" + this.properties.realm())
			.headers((h) -> h.setBearerAuth(token()))
			.retrieve()
			.body(JsonNode.class));
		Map<String, Object> smtp = new java.util.LinkedHashMap<>();
		realm.path("smtpServer").properties().forEach((e) -> smtp.put(e.getKey(), e.getValue().asString()));
		if (senderEmail != null) {
			smtp.put("from", senderEmail);
		}
		smtp.put("fromDisplayName", senderName);
		Map<String, Object> update = new java.util.LinkedHashMap<>();
		update.put("displayName", name);
		update.put("displayNameHtml", org.springframework.web.util.HtmlUtils.htmlEscape(name));
		update.put("smtpServer", smtp);
		call(() -> this.http.put()
			.uri("/admin/realms/" + this.properties.realm())
			.headers((h) -> h.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(update)
			.retrieve()
			.toBodilessEntity());
		for (String locale : List.of("fr", "en")) {
			texts.forEach((key, value) -> {
				if (value == null || value.isEmpty()) {
					try {
						this.http.delete()
							.uri("/admin/realms/{realm}/localization/{locale}/{key}", this.properties.realm(), locale,
									key)
							.headers((h) -> h.setBearerAuth(token()))
							.retrieve()
							.toBodilessEntity();
					}
					catch (HttpClientErrorException.NotFound absent) {
						// nothing to remove
					}
					return;
				}
				call(() -> this.http.put()
					.uri("/admin/realms/{realm}/localization/{locale}/{key}", this.properties.realm(), locale, key)
					.headers((h) -> h.setBearerAuth(token()))
					.contentType(MediaType.TEXT_PLAIN)
					.body(value)
					.retrieve()
					.toBodilessEntity());
			});
		}
	}

	/**
	 * The realm's display name, SMTP sender and one localised text (for tests and
	 * checks).
	 */
	public JsonNode realm() {
		return call(() -> this.http.get()
			.uri("/admin/realms/" + this.properties.realm())
			.headers((h) -> h.setBearerAuth(token()))
			.retrieve()
			.body(JsonNode.class));
	}

	public void sendInvitation(String subject) {
		call(() -> this.http.put()
			.uri(admin(
					"/users/{id}/execute-actions-email?lifespan={lifespan}&client_id=coop-gateway&redirect_uri={uri}"),
					subject, INVITATION_LIFESPAN_SECONDS, this.properties.redirectUri())
			.headers((h) -> h.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"))
			.retrieve()
			.toBodilessEntity());
	}

	/**
	 * Disables or enables the account; disabling also ends its open sessions, so no token
	 * can be refreshed.
	 */
	public void setEnabled(String subject, boolean enabled) {
		updateUser(subject, Map.of("enabled", enabled));
		if (!enabled) {
			call(() -> this.http.post()
				.uri(admin("/users/{id}/logout"), subject)
				.headers((h) -> h.setBearerAuth(token()))
				.retrieve()
				.toBodilessEntity());
		}
	}

	/**
	 * Deletes the user (GDPR erasure): their login, sessions and attributes. A user
	 * already gone is fine, so that a repeated erasure succeeds.
	 */
	public void deleteUser(String subject) {
		try {
			call(() -> this.http.delete()
				.uri(admin("/users/{id}"), subject)
				.headers((h) -> h.setBearerAuth(token()))
				.retrieve()
				.toBodilessEntity());
		}
		catch (HttpClientErrorException.NotFound gone) {
			// already deleted
		}
	}

	/**
	 * Changes some fields of a user. Keycloak's update replaces the representation it is
	 * given, so the names and e-mail are sent along unchanged.
	 */
	private void updateUser(String subject, Map<String, Object> changes) {
		JsonNode user = call(() -> this.http.get()
			.uri(admin("/users/{id}"), subject)
			.headers((h) -> h.setBearerAuth(token()))
			.retrieve()
			.body(JsonNode.class));
		Map<String, Object> update = new java.util.HashMap<>(Map.of("firstName", user.path("firstName").asString(),
				"lastName", user.path("lastName").asString(), "email", user.path("email").asString()));
		update.putAll(changes);
		call(() -> this.http.put()
			.uri(admin("/users/{id}"), subject)
			.headers((h) -> h.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(update)
			.retrieve()
			.toBodilessEntity());
	}

	private String admin(String path) {
		return "/admin/realms/" + this.properties.realm() + path;
	}

	private String token() {
		Instant now = this.clock.instant();
		if (this.token == null || now.isAfter(this.tokenExpiry)) {
			LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
			form.add("grant_type", "client_credentials");
			form.add("client_id", this.properties.clientId());
			form.add("client_secret", this.properties.clientSecret());
			JsonNode answer = call(() -> this.http.post()
				.uri("/realms/" + this.properties.realm() + "/protocol/openid-connect/token")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.body(JsonNode.class));
			this.token = answer.get("access_token").asString();
			// renew 30 s before Keycloak's expiry
			this.tokenExpiry = now.plusSeconds(Math.max(10, answer.get("expires_in").asLong() - 30));
		}
		return this.token;
	}

	private static <T> T call(java.util.function.Supplier<T> request) {
		try {
			return request.get();
		}
		catch (HttpClientErrorException.Conflict | HttpClientErrorException.NotFound known) {
			throw known;
		}
		catch (RestClientException ex) {
			throw new ProblemException(KEYCLOAK_UNAVAILABLE,
					"Le service des comptes ne répond pas. Réessayez dans quelques instants.");
		}
	}

}
