/**
 * Demo agenda loaded once into an empty database when {@code coop.demo-data} is on, so a
 * newcomer sees a living site.
 */
package coop.events.demo;
