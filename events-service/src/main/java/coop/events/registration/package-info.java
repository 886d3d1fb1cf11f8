/**
 * Registrations to events: capacity, waiting list, the messages that tell of them.
 */
package coop.events.registration;
