/**
 * E-mails about registrations: confirmation with the calendar file, waiting list, seat
 * offered, promotion, cancellation.
 */
package coop.notification.registration;
