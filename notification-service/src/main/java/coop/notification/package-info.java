/**
 * notification-service: consumes events from the other services and sends e-mails (SMTP),
 * keeping a log of them.
 */
package coop.notification;
