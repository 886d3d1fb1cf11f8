/**
 * Outbox and inbox in MongoDB: the message is written in the same single-document write
 * as the state change.
 */
package coop.platform.messaging.mongo;
