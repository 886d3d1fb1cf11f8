/**
 * resources-service: resource centre documents (MongoDB) and the site's search engine
 * (Apache Solr, French analysis); indexes the showcases members-service publishes.
 */
package coop.resources;
