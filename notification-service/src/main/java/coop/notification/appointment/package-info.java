/**
 * E-mails about individual appointments, to the entrepreneur and to the coach alike.
 */
package coop.notification.appointment;
