/**
 * iCalendar (RFC 5545) files and feeds with the Europe/Paris time zone, for e-mail
 * attachments and subscribable agendas.
 */
package coop.platform.calendar;
