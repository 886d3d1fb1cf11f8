/**
 * The personal file (dossier) of an entrepreneur: contacts, activity, the accompaniment
 * agreement and its objectives, the journey's milestones, what they attended and the
 * history of changes. Read by the entrepreneur, their coach and staff only.
 */
package coop.members.file;
