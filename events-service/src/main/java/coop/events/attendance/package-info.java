/**
 * Workshops in the intranet: coaches mark attendance and print the sign-in sheet;
 * entrepreneurs see their workshops, their attendance history and certificate, and after
 * an absence the next session of the same theme.
 */
package coop.events.attendance;
