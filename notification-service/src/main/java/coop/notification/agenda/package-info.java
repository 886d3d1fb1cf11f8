/**
 * E-mails to everyone registered when staff move or cancel an event of the agenda.
 */
package coop.notification.agenda;
