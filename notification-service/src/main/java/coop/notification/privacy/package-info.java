/**
 * GDPR: this service's part of a person's export or erasure (sent-mail log, preferences
 * and links, reminders, contact messages), the e-mails that go with a request, and the
 * requests people make through an e-mail's signed link.
 */
package coop.notification.privacy;
