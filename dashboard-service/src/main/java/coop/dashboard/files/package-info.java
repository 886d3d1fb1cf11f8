/**
 * The dashboard's copy of the entrepreneurs' personal files (analytical code, agreement,
 * objectives, milestones), kept from members-service's {@code members.file.changed}.
 */
package coop.dashboard.files;
