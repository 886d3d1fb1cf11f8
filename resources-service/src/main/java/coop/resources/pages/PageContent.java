package coop.resources.pages;

/**
 * What a version of a page says.
 *
 * @param title the page's heading and the title of its tab and of search results
 * @param description one or two sentences for search engines and the cooperative's menu
 * @param body Markdown, as staff typed it
 */
record PageContent(String title, String description, String body) {
}
