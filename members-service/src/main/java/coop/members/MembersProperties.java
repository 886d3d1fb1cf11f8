package coop.members;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicUrl the site's address as visitors see it
 * @param demoData load the demo members once when the database is empty
 * @param headOfficeAntenna staff of this antenna (or of none) manage every person; other
 * staff their antenna's
 */
@ConfigurationProperties("coop")
public record MembersProperties(String publicUrl, boolean demoData, @DefaultValue("seynod") String headOfficeAntenna) {
}
