/**
 * Events published by events-service: registrations, waiting lists, attendance, agenda
 * changes.
 */
package coop.platform.contracts.events;
