/**
 * The cooperative's settings as every rendering service keeps them: its name, colours,
 * addresses and sender, from members-service's {@code members.cooperative.changed}, for
 * e-mails, PDFs and calendars.
 */
package coop.platform.messaging.cooperative;
