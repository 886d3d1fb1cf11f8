package coop.platform.contracts.members;

import java.util.List;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * An entrepreneur's showcase is online, new or changed: the site's search engine indexes
 * it.
 *
 * @param sector code of the activity sector (CRAFTS, FURNITURE…), {@code sectorLabel} its
 * French name
 * @param pageUrl the showcase's public address
 * @param owner Keycloak subject of the entrepreneur, or {@code null} for a showcase
 * without an account
 */
@EventType("members.showcase.published")
public record ShowcasePublished(String slug, String displayName, String businessName, String sector, String sectorLabel,
		String tagline, String town, String antenna, String website, List<Page> pages, String pageUrl,
		String owner) implements IntegrationEvent {

	public record Page(String slug, String title, String body) {
	}

}
