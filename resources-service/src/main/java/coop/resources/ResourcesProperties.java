package coop.resources;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicUrl the site's address as visitors see it
 * @param demoData load the demo resources once when the database is empty
 */
@ConfigurationProperties("coop")
public record ResourcesProperties(String publicUrl, boolean demoData) {
}
