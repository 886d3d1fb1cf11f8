/**
 * Services as stateless JWT resource servers of the Keycloak realm: roles and antennas
 * from the token, and an explicit rule for every endpoint (what no rule names is denied).
 */
package coop.platform.web.security;
