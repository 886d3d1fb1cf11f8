/**
 * Personal data (GDPR): what events-service holds about a person, handed over on an
 * export request and deleted or anonymised on an erasure request (members-service's
 * {@code members.privacy.requested}).
 */
package coop.events.privacy;
