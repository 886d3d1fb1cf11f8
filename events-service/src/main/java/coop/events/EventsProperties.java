package coop.events;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicUrl the site's address as visitors see it, for links in messages
 * @param linkSecret key that signs the links sent by e-mail (cancel a registration
 * without logging in)
 * @param demoData load the demo agenda once when the database is empty
 */
@ConfigurationProperties("coop")
public record EventsProperties(String publicUrl, String linkSecret, boolean demoData) {
}
