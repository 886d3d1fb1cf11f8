package coop.members.keycloak;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param url how members-service reaches Keycloak (base URL, without {@code /realms})
 * @param realm the platform's realm
 * @param clientId service account allowed to manage users
 * @param redirectUri where the "choose your password" e-mail leads back to, once done
 */
@ConfigurationProperties("coop.keycloak")
public record KeycloakProperties(String url, String realm, String clientId, String clientSecret, String redirectUri) {
}
