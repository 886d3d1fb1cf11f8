/**
 * Outbox and inbox in a service's PostgreSQL database: the message is written in the
 * transaction of the state change.
 */
package coop.platform.messaging.jdbc;
