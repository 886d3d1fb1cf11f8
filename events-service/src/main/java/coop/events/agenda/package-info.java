/**
 * The agenda: events with their time, place, audience and capacity; the public listing.
 */
package coop.events.agenda;
