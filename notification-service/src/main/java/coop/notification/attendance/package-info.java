/**
 * The e-mail after a missed session, with the next session of the same theme.
 */
package coop.notification.attendance;
