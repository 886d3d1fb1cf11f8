/**
 * Individual appointments: coaches publish slots, entrepreneurs book and cancel them
 * within the rules, and the coach writes a note afterwards that only coaches and that
 * entrepreneur read.
 */
package coop.events.appointment;
