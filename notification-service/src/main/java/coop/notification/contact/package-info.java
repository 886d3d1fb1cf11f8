/**
 * The public contact form: a visitor's message is stored, then forwarded to the team
 * mailbox (reply goes to the visitor) and acknowledged to its author.
 */
package coop.notification.contact;
