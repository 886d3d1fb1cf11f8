/**
 * The agenda's events in the site's search, from events-service's messages.
 */
package coop.resources.agenda;
