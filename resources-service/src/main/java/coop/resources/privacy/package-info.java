/**
 * Personal data (GDPR): what resources-service holds about a person, handed over on an
 * export request and deleted or anonymised on an erasure request (members-service's
 * {@code members.privacy.requested}).
 */
package coop.resources.privacy;
