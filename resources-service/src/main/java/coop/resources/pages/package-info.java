/**
 * The presentation pages of the public site: written by staff in Markdown (draft,
 * publication, versions kept and restored, menu order), read by visitors, told by
 * {@code resources.page.published} and indexed as {@code PAGE}; and the web UI's own
 * pages (home, contact), read from it and kept as copies in the index.
 */
package coop.resources.pages;
