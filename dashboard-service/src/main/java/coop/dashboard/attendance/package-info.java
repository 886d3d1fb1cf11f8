/**
 * What events-service tells of each entrepreneur's workshops and appointments: hours of
 * training attended, absences, appointments with their coach.
 */
package coop.dashboard.attendance;
