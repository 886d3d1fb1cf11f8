/**
 * Keeps the entrepreneurs' showcases searchable: consumes members-service's showcase
 * events into the index.
 */
package coop.resources.showcase;
