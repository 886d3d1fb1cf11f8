package coop.members;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicUrl the site's address as visitors see it
 * @param demoData load the demo members once when the database is empty
 */
@ConfigurationProperties("coop")
public record MembersProperties(String publicUrl, boolean demoData) {
}
