package coop.resources.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param solrUrl base URL of the Solr server ({@code …/solr})
 * @param core the core holding the site's index
 */
@ConfigurationProperties("coop.search")
public record SearchProperties(String solrUrl, @DefaultValue("coop") String core) {
}
