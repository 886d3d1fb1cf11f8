/**
 * Antennas: events-service's copy of the cooperative's sites, kept from members-service's
 * messages, so that an event belongs only to an antenna that exists and is open.
 */
package coop.events.antenna;
