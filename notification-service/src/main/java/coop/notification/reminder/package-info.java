/**
 * Reminders the day before an event or an appointment: planned, moved and withdrawn with
 * the agenda's messages, sent by a scheduled job that several replicas may run at once.
 */
package coop.notification.reminder;
