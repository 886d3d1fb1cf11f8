/**
 * Calendar files: the public agenda as a subscribable feed, one file per event, and each
 * person's own feed at a secret address.
 */
package coop.events.calendar;
