/**
 * Accounts in Keycloak, through its admin REST API with the {@code coop-members} service
 * account.
 */
package coop.members.keycloak;
