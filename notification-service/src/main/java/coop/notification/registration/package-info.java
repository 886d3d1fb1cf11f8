/**
 * E-mails about registrations: confirmation with the calendar file, waiting list.
 */
package coop.notification.registration;
