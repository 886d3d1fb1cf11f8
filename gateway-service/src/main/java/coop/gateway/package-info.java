/**
 * gateway-service: routes, OAuth2 login with Keycloak, session, CSRF, token relay.
 */
package coop.gateway;
