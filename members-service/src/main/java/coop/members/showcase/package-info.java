/**
 * Showcase pages: each entrepreneur's public presentation (one to three pages), what
 * search engines index and customers find.
 */
package coop.members.showcase;
