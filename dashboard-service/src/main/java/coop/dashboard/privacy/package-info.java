/**
 * Personal data (GDPR): what dashboard-service holds about a person, handed over on an
 * export request and anonymised or deleted on an erasure request (members-service's
 * {@code members.privacy.requested}).
 */
package coop.dashboard.privacy;
