package coop.members.privacy;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param erasureGrace how long after an erasure is asked it happens (staff may undo it
 * meanwhile)
 * @param services the services that hold personal data and must answer each request
 * ({@code spring.application.name} of each)
 * @param checkInterval how often {@link PrivacyJob} looks for erasures due and archives
 * expired
 */
@ConfigurationProperties("coop.privacy")
public record PrivacyProperties(@DefaultValue("7d") Duration erasureGrace, @DefaultValue( {
		"members-service", "events-service", "resources-service", "dashboard-service",
		"notification-service" }) List<String> services, @DefaultValue("30s") Duration checkInterval){
}
