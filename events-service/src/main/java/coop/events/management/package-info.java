/**
 * Staff manage the agenda: create events (one or a recurring series), change them, cancel
 * them; registrants are told.
 */
package coop.events.management;
