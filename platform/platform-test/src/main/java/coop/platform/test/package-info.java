/**
 * Test support: the real servers integration tests talk to (local ones, or Testcontainers
 * where Docker runs), real Keycloak tokens and the real mail catcher's inbox.
 */
package coop.platform.test;
