/**
 * Antennas: the cooperative's sites across the département.
 */
package coop.members.antenna;
