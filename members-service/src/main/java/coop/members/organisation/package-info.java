/**
 * Prescriber organisations (PLIE, mission locale, ALE, Espace gestion, CCAS, France
 * Travail…): each prescriber belongs to one.
 */
package coop.members.organisation;
