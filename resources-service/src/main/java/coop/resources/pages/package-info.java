/**
 * The site's presentation pages in the search: read from the web UI as visitors get them,
 * kept as copies and indexed as {@code PAGE}.
 */
package coop.resources.pages;
