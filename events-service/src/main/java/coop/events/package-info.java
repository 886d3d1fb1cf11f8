/**
 * events-service: the agenda and registrations; PostgreSQL, publishes registration events
 * through the outbox.
 */
package coop.events;
