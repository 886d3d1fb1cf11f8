/**
 * Coaches' own profiles (speciality, a few lines, a photo) and, with their consent, the
 * public list of coaches the presentation page « Qui sont les accompagnateurs » shows.
 */
package coop.members.coach;
