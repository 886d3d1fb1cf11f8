package coop.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoData load the demo figures once when the database is empty
 */
@ConfigurationProperties("coop")
public record DashboardProperties(boolean demoData) {
}
