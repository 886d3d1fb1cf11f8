/**
 * The text of files (PDF, office documents, HTML, plain text…) extracted by Apache Tika
 * off the request path, with limits, so that search finds words inside them.
 */
package coop.resources.search.filetext;
