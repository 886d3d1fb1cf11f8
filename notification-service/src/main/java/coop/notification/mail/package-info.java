/**
 * Composing and sending e-mails: letters in HTML and plain text, French dates, places,
 * calendar files, the sent log.
 */
package coop.notification.mail;
