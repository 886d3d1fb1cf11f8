/**
 * Events every service with personal data publishes: its answer to a GDPR request.
 */
package coop.platform.contracts.privacy;
