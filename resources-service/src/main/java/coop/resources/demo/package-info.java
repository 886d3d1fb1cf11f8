/**
 * Demo resources loaded once into an empty database when {@code coop.demo-data} is on.
 */
package coop.resources.demo;
