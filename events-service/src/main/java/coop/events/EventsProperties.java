package coop.events;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicUrl the site's address as visitors see it, for links in messages
 * @param linkSecret key that signs the links sent by e-mail (cancel a registration
 * without logging in)
 * @param demoData load the demo agenda once when the database is empty
 * @param headOfficeAntenna staff of this antenna (or of none) manage the whole agenda;
 * other staff manage their antenna's events
 * @param teamMailbox the team's address, organizer of the calendar entries
 */
@ConfigurationProperties("coop")
public record EventsProperties(String publicUrl, String linkSecret, boolean demoData,
		@DefaultValue("seynod") String headOfficeAntenna, @DefaultValue("contact@localhost") String teamMailbox) {
}
