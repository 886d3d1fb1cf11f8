package coop.resources.pages;

import java.time.Instant;

/**
 * One published version of a page, kept for good so that staff may restore it.
 *
 * @param number 1 for the first publication, then one more each time
 * @param publishedBy the name of who published it
 */
record PageVersion(int number, PageContent content, Instant publishedAt, String publishedBy) {
}
