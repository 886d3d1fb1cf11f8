/**
 * Messaging backbone: the envelope, the topic exchange and consumer queues with
 * dead-letter queues, publishing with publisher confirms.
 */
package coop.platform.messaging;
