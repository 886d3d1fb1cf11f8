/**
 * Retention: each service deletes the personal data whose period (the cooperative's
 * settings) ended, once, under a PostgreSQL lock, and tells what it removed.
 */
package coop.platform.messaging.retention;
