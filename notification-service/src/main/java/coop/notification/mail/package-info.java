/**
 * Composing and sending e-mails: HTML and plain text, attachments, the sent log.
 */
package coop.notification.mail;
