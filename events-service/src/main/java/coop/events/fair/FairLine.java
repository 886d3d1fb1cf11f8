package coop.events.fair;

import coop.events.agenda.EventResponse;

/**
 * An upcoming fair, and whether the entrepreneur said they exhibit at it.
 */
record FairLine(EventResponse event, boolean attending) {
}
