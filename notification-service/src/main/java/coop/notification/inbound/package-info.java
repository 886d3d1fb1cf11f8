/**
 * From a message on the broker to e-mails sent once per recipient, however often the
 * message is delivered.
 */
package coop.notification.inbound;
