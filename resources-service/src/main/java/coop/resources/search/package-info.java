/**
 * The site's search engine on Apache Solr (core {@code coop}, French analysis): indexing,
 * querying with highlights and facets, health.
 */
package coop.resources.search;
