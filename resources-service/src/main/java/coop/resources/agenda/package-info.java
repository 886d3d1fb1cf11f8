/**
 * The agenda's events in the site's search, and the links between events and the resource
 * centre (the resources a workshop uses, the next workshops of a resource), from
 * events-service's messages.
 */
package coop.resources.agenda;
