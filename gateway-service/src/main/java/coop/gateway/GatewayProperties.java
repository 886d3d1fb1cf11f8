package coop.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicUrl the platform's address as browsers see it
 * @param issuerUri Keycloak realm as browsers see it
 * @param internalRealmUrl Keycloak realm as the gateway reaches it (differs from the
 * issuer inside compose)
 */
@ConfigurationProperties("coop.gateway")
public record GatewayProperties(String publicUrl, String clientId, String clientSecret, String issuerUri,
		String internalRealmUrl) {
}
